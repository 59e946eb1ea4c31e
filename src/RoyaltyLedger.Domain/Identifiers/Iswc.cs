using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Identifiers;

/// <summary>
/// International Standard Musical Work Code (ISO 15707): 'T', a nine-digit work identifier and a check digit,
/// usually printed as T-034.524.680-1. Separators '-' and '.' are accepted anywhere and dropped; a lower-case
/// 't' is accepted. The normalized form is "T0345246801".
/// </summary>
public static class Iswc
{
    public const string Name = "ISWC";

    public static bool TryNormalize(string? value, out string normalized) =>
        SchemeRules.TryNormalize(value, Parse, out normalized);

    public static FieldViolation? Check(string field, string? value) => SchemeRules.Check(field, value, Name, Parse);

    private static string? Parse(string value, out string normalized)
    {
        normalized = string.Empty;
        var compact = SchemeRules.Strip(value, "-.");
        if (compact.Length == 0 || compact[0] is not ('T' or 't'))
        {
            return "expected T followed by 10 digits";
        }

        var digits = compact.AsSpan(1);
        if (SchemeRules.FirstNonDigit(digits) is { } other)
        {
            return $"contains {SchemeRules.Quote(other)}, expected T followed by 10 digits";
        }

        if (digits.Length != 10)
        {
            return $"has {digits.Length} digits after T, expected 10";
        }

        var expected = CheckDigit(digits[..9]);
        var actual = digits[9] - '0';
        if (actual != expected)
        {
            return $"check digit is {actual}, expected {expected}";
        }

        normalized = string.Concat("T", digits);
        return null;
    }

    // C = (10 - ((1 + Σ i·d_i for i = 1..9) mod 10)) mod 10, as given with the worked example T-034.524.680-1
    // (S = 179, C = 1) in Wikipedia "International Standard Musical Work Code", citing the UNIMARC Manual.
    private static int CheckDigit(ReadOnlySpan<char> nine)
    {
        var sum = 1;
        for (var i = 0; i < nine.Length; i++)
        {
            sum += (i + 1) * (nine[i] - '0');
        }

        return (10 - (sum % 10)) % 10;
    }
}
