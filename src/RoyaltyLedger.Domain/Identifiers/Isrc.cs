using System.Buffers;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Identifiers;

/// <summary>
/// International Standard Recording Code (ISO 3901): country code (2 letters), registrant code (3 letters or
/// digits), year of reference (2 digits) and designation code (5 digits), often printed as US-RC1-76-07839.
/// There is no check digit. Hyphens are dropped and lower-case letters are read as upper case, as the
/// International ISRC Agency Bulletin 2015/01 "Validating an International Standard Recording Code" asks.
/// </summary>
public static class Isrc
{
    public const string Name = "ISRC";

    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    public static bool TryNormalize(string? value, out string normalized) =>
        SchemeRules.TryNormalize(value, Parse, out normalized);

    public static FieldViolation? Check(string field, string? value) => SchemeRules.Check(field, value, Name, Parse);

    private static string? Parse(string value, out string normalized)
    {
        normalized = string.Empty;
        var code = SchemeRules.Strip(value, "-");
        if (code.Length != 12)
        {
            return $"has {code.Length} characters without hyphens, expected 12";
        }

        var span = code.AsSpan();
        var country = span[..2];
        var registrant = span[2..5];
        var year = span[5..7];
        var designation = span[7..];
        if (!char.IsAsciiLetter(country[0]) || !char.IsAsciiLetter(country[1]))
        {
            return $"country code {SchemeRules.Quote(country)} must be 2 letters";
        }

        if (registrant.ContainsAnyExcept(AsciiLettersAndDigits))
        {
            return $"registrant code {SchemeRules.Quote(registrant)} must be 3 letters or digits";
        }

        if (!SchemeRules.AreDigits(year))
        {
            return $"year of reference {SchemeRules.Quote(year)} must be 2 digits";
        }

        if (!SchemeRules.AreDigits(designation))
        {
            return $"designation code {SchemeRules.Quote(designation)} must be 5 digits";
        }

        // Every character is ASCII by now, so upper-casing cannot turn a foreign letter into a Latin one.
        normalized = code.ToUpperInvariant();
        return null;
    }
}
