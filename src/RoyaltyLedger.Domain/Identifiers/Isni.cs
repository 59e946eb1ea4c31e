using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Identifiers;

/// <summary>
/// International Standard Name Identifier (ISO 27729): 15 digits and a check character 0-9 or X, usually
/// printed in blocks of four, e.g. 0000 0001 2146 438X. Spaces are dropped; a lower-case 'x' is accepted.
/// </summary>
public static class Isni
{
    public const string Name = "ISNI";

    public static bool TryNormalize(string? value, out string normalized) =>
        SchemeRules.TryNormalize(value, Parse, out normalized);

    public static FieldViolation? Check(string field, string? value) => SchemeRules.Check(field, value, Name, Parse);

    private static string? Parse(string value, out string normalized)
    {
        normalized = string.Empty;
        var code = SchemeRules.Strip(value, " ");
        if (code.Length != 16)
        {
            return $"has {code.Length} characters without spaces, expected 16";
        }

        var body = code.AsSpan(0, 15);
        if (SchemeRules.FirstNonDigit(body) is { } other)
        {
            return $"contains {SchemeRules.Quote(other)}, expected 15 digits and a check character";
        }

        var actual = code[15] == 'x' ? 'X' : code[15];
        if (!char.IsAsciiDigit(actual) && actual != 'X')
        {
            return $"check character {SchemeRules.Quote(actual)} must be 0-9 or X";
        }

        var expected = CheckCharacter(body);
        if (actual != expected)
        {
            return $"check character is {actual}, expected {expected}";
        }

        normalized = string.Concat(body, [expected]);
        return null;
    }

    // ISO/IEC 7064 MOD 11-2, the check system ISO 27729 names (Wikipedia "International Standard Name
    // Identifier"); the recursive form matches check_isni_digit in django-music-publisher's validators.py.
    private static char CheckCharacter(ReadOnlySpan<char> fifteen)
    {
        var product = 0;
        foreach (var digit in fifteen)
        {
            product = (product + (digit - '0')) * 2 % 11;
        }

        var check = (12 - product) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }
}
