using System.Globalization;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Rsl;

/// <summary>
/// An RSL <c>&lt;amount&gt;</c> as micros, read exactly from its decimal text (digits, an optional point and at most
/// six decimals that are not all zero beyond the sixth; no sign, exponent or grouping): never through a double, never rounded.
/// </summary>
public static class RslAmount
{
    /// <summary>The longest amount text read; longer is refused before any arithmetic.</summary>
    public const int MaxTextLength = 64;

    /// <summary>The amount in micros, or an error sentence naming the text.</summary>
    public static bool TryParseMicros(string text, out long micros, out string error)
    {
        micros = 0;
        var s = text.Trim();
        error = $"amount '{Printable(s)}' is not a decimal number of at most 6 decimals, 0 to {Tariff.MaxPriceMicros / Scales.MicrosPerUnit:N0}";
        if (s.Length is 0 or > MaxTextLength)
        {
            return false;
        }

        var point = s.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? s : s[..point];
        var fraction = point < 0 ? "" : s[(point + 1)..];
        if (whole.Length == 0 || !whole.All(char.IsAsciiDigit) || (point >= 0 && (fraction.Length == 0 || !fraction.All(char.IsAsciiDigit))))
        {
            return false;
        }

        var significant = fraction.TrimEnd('0');
        if (significant.Length > 6)
        {
            error = $"amount '{Printable(s)}' has more than 6 significant decimals; the ledger prices in micros and does not round";
            return false;
        }

        var wholeDigits = whole.TrimStart('0');
        if (wholeDigits.Length > 4)
        {
            error = $"amount '{Printable(s)}' is above the largest price, {Tariff.MaxPriceMicros / Scales.MicrosPerUnit:N0}";
            return false;
        }

        var value = (wholeDigits.Length == 0 ? 0 : long.Parse(wholeDigits, CultureInfo.InvariantCulture)) * Scales.MicrosPerUnit
            + (significant.Length == 0 ? 0 : long.Parse(significant.PadRight(6, '0'), CultureInfo.InvariantCulture));
        if (value > Tariff.MaxPriceMicros)
        {
            error = $"amount '{Printable(s)}' is above the largest price, {Tariff.MaxPriceMicros / Scales.MicrosPerUnit:N0}";
            return false;
        }

        micros = value;
        error = "";
        return true;
    }

    private static string Printable(string s) => s.Length <= MaxTextLength ? s : s[..MaxTextLength] + "…";
}
