using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Identifiers;

/// <summary>
/// Business Identifier Code (ISO 9362:2014, the SWIFT code): a 4-character party prefix (letters or digits), a
/// 2-letter country code, a 2-character suffix (letters or digits) and, for a branch, 3 more; 8 or 11 characters,
/// the pattern of pain.001's BICFIDec2014Identifier. Spaces are dropped and letters upper-cased. A BIC has no check
/// digit: only its shape can be verified.
/// </summary>
public static class Bic
{
    public const string Name = "BIC";

    public static bool TryNormalize(string? value, out string normalized) =>
        SchemeRules.TryNormalize(value, Parse, out normalized);

    public static FieldViolation? Check(string field, string? value) => SchemeRules.Check(field, value, Name, Parse);

    private static string? Parse(string value, out string normalized)
    {
        normalized = string.Empty;
        var code = SchemeRules.Strip(value, " ").ToUpperInvariant();
        if (code.Length is not (8 or 11))
        {
            return $"has {code.Length} characters without spaces, expected 8 or 11";
        }

        var bad = code.AsSpan().IndexOfAnyExcept(BankCodes.Alphanumerics);
        if (bad >= 0)
        {
            return $"contains {SchemeRules.Quote(code[bad])}, expected letters and digits only";
        }

        if (!char.IsAsciiLetter(code[4]) || !char.IsAsciiLetter(code[5]))
        {
            return $"country code {SchemeRules.Quote(code.AsSpan(4, 2))} (characters 5-6) must be two letters";
        }

        normalized = code;
        return null;
    }
}
