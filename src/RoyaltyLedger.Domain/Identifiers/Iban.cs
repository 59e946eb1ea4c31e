using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Identifiers;

/// <summary>
/// International Bank Account Number (ISO 13616): a country code, two check digits and the country's BBAN, of the
/// length the SWIFT IBAN Registry fixes for that country. Printed in blocks of four; spaces are dropped and letters
/// upper-cased, so "de89 3704 0044 0532 0130 00" normalizes to DE89370400440532013000. The check digits are verified
/// with ISO 7064 MOD 97-10: the IBAN with its first four characters moved to the end, letters as 10..35, is 1 mod 97.
/// </summary>
public static class Iban
{
    public const string Name = "IBAN";

    /// <summary>The longest IBAN any country issues (Russia, 33); ISO 13616 allows 34.</summary>
    public const int MaxLength = 34;

    public static bool TryNormalize(string? value, out string normalized) =>
        SchemeRules.TryNormalize(value, Parse, out normalized);

    public static FieldViolation? Check(string field, string? value) => SchemeRules.Check(field, value, Name, Parse);

    private static string? Parse(string value, out string normalized)
    {
        normalized = string.Empty;
        if (value.Length > MaxLength * 2)
        {
            return $"has {value.Length} characters, expected at most {MaxLength} without spaces";
        }

        var code = SchemeRules.Strip(value, " ").ToUpperInvariant();
        if (code.Length < 4)
        {
            return $"has {code.Length} characters without spaces, expected a country code, two check digits and an account number";
        }

        var bad = code.AsSpan().IndexOfAnyExcept(BankCodes.Alphanumerics);
        if (bad >= 0)
        {
            return $"contains {SchemeRules.Quote(code[bad])}, expected letters and digits only";
        }

        var country = code[..2];
        if (!char.IsAsciiLetter(country[0]) || !char.IsAsciiLetter(country[1]))
        {
            return $"starts with {SchemeRules.Quote(country)}, expected a two-letter country code";
        }

        if (!SchemeRules.AreDigits(code.AsSpan(2, 2)))
        {
            return $"check digits {SchemeRules.Quote(code.AsSpan(2, 2))} must be two digits";
        }

        if (!IbanLengths.ByCountry.TryGetValue(country, out var length))
        {
            return $"country {country} does not issue IBANs (SWIFT IBAN Registry)";
        }

        if (code.Length != length)
        {
            return $"has {code.Length} characters without spaces, expected {length} for country {country}";
        }

        if (Mod97(code) != 1)
        {
            return $"check digits {code[2..4]} do not match the account number (MOD 97-10), expected {Expected(code)}";
        }

        normalized = code;
        return null;
    }

    /// <summary>The IBAN's remainder mod 97 with its first four characters moved to the end, letters as 10..35.</summary>
    private static int Mod97(string code)
    {
        var remainder = 0;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[(i + 4) % code.Length];
            remainder = char.IsAsciiDigit(c)
                ? (remainder * 10 + (c - '0')) % 97
                : (remainder * 100 + (c - 'A' + 10)) % 97;
        }

        return remainder;
    }

    /// <summary>The check digits the account number calls for: 98 less the remainder with "00" in their place.</summary>
    private static string Expected(string code)
    {
        var zeroed = string.Concat(code.AsSpan(0, 2), "00", code.AsSpan(4));
        return (98 - Mod97(zeroed)).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
    }
}
