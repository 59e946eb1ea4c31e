using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Identifiers;

/// <summary>
/// International Standard Book Number, 13-digit form (ISO 2108): prefix 978 or 979, registration group,
/// registrant, publication and a check digit, e.g. 978-0-306-40615-7. Hyphens and spaces are dropped.
/// </summary>
public static class Isbn13
{
    public const string Name = "ISBN-13";

    public static bool TryNormalize(string? value, out string normalized) =>
        SchemeRules.TryNormalize(value, Parse, out normalized);

    public static FieldViolation? Check(string field, string? value) => SchemeRules.Check(field, value, Name, Parse);

    private static string? Parse(string value, out string normalized)
    {
        normalized = string.Empty;
        var digits = SchemeRules.Strip(value, "- ");
        if (SchemeRules.FirstNonDigit(digits) is { } other)
        {
            return $"contains {SchemeRules.Quote(other)}, expected 13 digits";
        }

        if (digits.Length != 13)
        {
            return $"has {digits.Length} digits, expected 13";
        }

        if (!digits.StartsWith("978", StringComparison.Ordinal) && !digits.StartsWith("979", StringComparison.Ordinal))
        {
            return $"starts with {digits[..3]}, expected 978 or 979";
        }

        var expected = CheckDigit(digits.AsSpan(0, 12));
        var actual = digits[12] - '0';
        if (actual != expected)
        {
            return $"check digit is {actual}, expected {expected}";
        }

        normalized = digits;
        return null;
    }

    // Weights 1 and 3 alternate from the left over the first 12 digits; the check digit brings the sum to a
    // multiple of 10 (the ISBN Users' Manual rule, worked for 978-0-306-40615-? = 7 in Wikipedia "ISBN").
    private static int CheckDigit(ReadOnlySpan<char> twelve)
    {
        var sum = 0;
        for (var i = 0; i < twelve.Length; i++)
        {
            sum += (i % 2 == 0 ? 1 : 3) * (twelve[i] - '0');
        }

        return (10 - (sum % 10)) % 10;
    }
}
