using System.Globalization;

namespace RoyaltyLedger.Domain.Money;

/// <summary>Renders integer amounts as exact decimal text; no floating point is involved.</summary>
public static class MoneyFormat
{
    /// <summary>Nanos as "12.345678901" (nine decimals, invariant culture, '-' for negatives).</summary>
    public static string Nanos(Int128 nanos)
    {
        var sign = nanos < 0 ? "-" : "";
        var magnitude = nanos < 0 ? (UInt128)(-(nanos + 1)) + 1 : (UInt128)nanos;
        var whole = magnitude / (UInt128)Scales.NanosPerUnit;
        var fraction = magnitude % (UInt128)Scales.NanosPerUnit;
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{whole:N0}.{(ulong)fraction:D9}");
    }

    /// <summary>Nanos as a plain decimal for machines, "-12345.678901234": no group separators, nine decimals.</summary>
    public static string DecimalNanos(Int128 nanos) => Nanos(nanos).Replace(",", "", StringComparison.Ordinal);

    /// <summary>Micros as "2.000000" (six decimals).</summary>
    public static string Micros(long micros) => Nanos((Int128)micros * Scales.NanosPerMicro)[..^3];
}
