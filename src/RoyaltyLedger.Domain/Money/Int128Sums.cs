namespace RoyaltyLedger.Domain.Money;

/// <summary>Checked sums of Int128 amounts, which LINQ's Sum does not offer.</summary>
public static class Int128Sums
{
    public static Int128 Sum(this IEnumerable<Int128> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Int128 sum = 0;
        foreach (var value in values)
        {
            sum = checked(sum + value);
        }

        return sum;
    }

    public static Int128 Sum<T>(this IEnumerable<T> items, Func<T, Int128> amount)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(amount);
        Int128 sum = 0;
        foreach (var item in items)
        {
            sum = checked(sum + amount(item));
        }

        return sum;
    }
}
