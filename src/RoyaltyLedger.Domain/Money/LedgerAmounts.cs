using System.Globalization;

namespace RoyaltyLedger.Domain.Money;

/// <summary>
/// The range every stored amount (nanos) and units sum keeps to: ±(10^38 − 1), what PostgreSQL's numeric(38,0) holds
/// and well inside Int128's ±1.7 × 10^38. docs/money.md shows why a lifetime of maximal uses fits.
/// </summary>
public static class LedgerAmounts
{
    /// <summary>10^38 − 1, the largest magnitude a balance, total or journal line may reach.</summary>
    public static readonly Int128 Max = Int128.Parse("99999999999999999999999999999999999999", CultureInfo.InvariantCulture);

    public static bool InRange(Int128 value) => value >= -Max && value <= Max;

    /// <summary><paramref name="a"/> + <paramref name="b"/>, or <see cref="LedgerAmountOverflowException"/> naming <paramref name="what"/>.</summary>
    public static Int128 Add(Int128 a, Int128 b, string what)
    {
        // Both operands are in range, but their sum could reach 2 × 10^38, past Int128's 1.7 × 10^38: compare first.
        Check(a, what);
        Check(b, what);
        if ((b > 0 && a > Max - b) || (b < 0 && a < -Max - b))
        {
            throw Overflow(what, (System.Numerics.BigInteger)a + b);
        }

        return a + b;
    }

    /// <summary>Returns <paramref name="value"/> when it is in range.</summary>
    public static Int128 Check(Int128 value, string what) => InRange(value) ? value : throw Overflow(what, value);

    private static LedgerAmountOverflowException Overflow(string what, System.Numerics.BigInteger value) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{what} would be {value} nanos, outside ±(10^38 - 1), the range the ledger stores"));
}
