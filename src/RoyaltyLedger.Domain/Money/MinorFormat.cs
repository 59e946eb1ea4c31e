using System.Globalization;

namespace RoyaltyLedger.Domain.Money;

/// <summary>
/// Amounts as people read them: in the currency's minor units ("105.16" for EUR, "1,234" for JPY), cut toward zero as
/// a payout cuts them (the rest is carried, never lost). The exact nanos stay in exports and on hover.
/// </summary>
public static class MinorFormat
{
    /// <summary>Nanos of <paramref name="currency"/> as "1,234.56": group separators, the currency's decimals, invariant culture.</summary>
    public static string Minor(string currency, Int128 nanos)
    {
        ArgumentNullException.ThrowIfNull(currency);
        var exponent = MinorUnits.Exponent(currency);
        var minor = nanos / MinorUnits.NanosPerMinor(currency);
        var sign = minor < 0 ? "-" : "";
        var magnitude = minor < 0 ? (UInt128)(-(minor + 1)) + 1 : (UInt128)minor;
        UInt128 perUnit = 1;
        for (var i = 0; i < exponent; i++)
        {
            perUnit *= 10;
        }

        var whole = (magnitude / perUnit).ToString("N0", CultureInfo.InvariantCulture);
        return exponent == 0
            ? sign + whole
            : string.Create(CultureInfo.InvariantCulture, $"{sign}{whole}.{(magnitude % perUnit).ToString(CultureInfo.InvariantCulture).PadLeft(exponent, '0')}");
    }

    /// <summary>"EUR 105.16".</summary>
    public static string WithCurrency(string currency, Int128 nanos) => $"{currency} {Minor(currency, nanos)}";

    /// <summary>"EUR 105.162687307": the exact amount, for a title and for readers who want every nano.</summary>
    public static string Exact(string currency, Int128 nanos) => $"{currency} {MoneyFormat.Nanos(nanos)}";
}
