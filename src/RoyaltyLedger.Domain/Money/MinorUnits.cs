namespace RoyaltyLedger.Domain.Money;

/// <summary>
/// ISO 4217 minor units: how many decimals a currency is paid in (EUR 2, JPY 0, KWD 3). Payouts round to them;
/// accruals stay in nanos. Currencies not listed here are paid in two decimals, the most common case.
/// </summary>
public static class MinorUnits
{
    private static readonly Dictionary<string, int> Exceptions = new(StringComparer.Ordinal)
    {
        ["BIF"] = 0, ["CLP"] = 0, ["DJF"] = 0, ["GNF"] = 0, ["ISK"] = 0, ["JPY"] = 0, ["KMF"] = 0, ["KRW"] = 0, ["PYG"] = 0,
        ["RWF"] = 0, ["UGX"] = 0, ["UYI"] = 0, ["VND"] = 0, ["VUV"] = 0, ["XAF"] = 0, ["XOF"] = 0, ["XPF"] = 0,
        ["BHD"] = 3, ["IQD"] = 3, ["JOD"] = 3, ["KWD"] = 3, ["LYD"] = 3, ["OMR"] = 3, ["TND"] = 3,
        ["CLF"] = 4, ["UYW"] = 4,
    };

    public static int Exponent(string currency) => Exceptions.GetValueOrDefault(currency, 2);

    /// <summary>Nanos in one minor unit: 10,000,000 for a two-decimal currency.</summary>
    public static long NanosPerMinor(string currency)
    {
        long nanos = Scales.NanosPerUnit;
        for (var i = 0; i < Exponent(currency); i++)
        {
            nanos /= 10;
        }

        return nanos;
    }
}
