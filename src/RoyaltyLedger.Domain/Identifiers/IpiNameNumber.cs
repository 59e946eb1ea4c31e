using System.Globalization;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Identifiers;

/// <summary>
/// CISAC IPI name number: 11 digits, the last two a check over the first nine, e.g. 00014107338. Older
/// 9-digit CAE numbers are not widened here: the caller must supply all 11 digits.
/// </summary>
public static class IpiNameNumber
{
    public const string Name = "IPI name number";

    public static bool TryNormalize(string? value, out string normalized) =>
        SchemeRules.TryNormalize(value, Parse, out normalized);

    public static FieldViolation? Check(string field, string? value) => SchemeRules.Check(field, value, Name, Parse);

    private static string? Parse(string value, out string normalized)
    {
        normalized = string.Empty;
        if (SchemeRules.FirstNonDigit(value) is { } other)
        {
            return $"contains {SchemeRules.Quote(other)}, expected 11 digits";
        }

        if (value.Length != 11)
        {
            return $"has {value.Length} digits, expected 11";
        }

        var expected = CheckDigits(value.AsSpan(0, 9)).ToString("D2", CultureInfo.InvariantCulture);
        var actual = value[9..];
        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            return $"check digits are {actual}, expected {expected}";
        }

        normalized = value;
        return null;
    }

    // The check is NOT the plain (Σ d_i·w_i) mod 101 sometimes quoted. The published implementations take the
    // weighted sum S with weights 10 down to 2, r = S mod 101, and check = r == 0 ? 0 : (101 - r) mod 100, so a
    // remainder of 1 (check 100) is written 00. Sources: check_ipi_digit in matijakolaric-com/django-music-publisher
    // music_publisher/validators.py and in matijakolaric-com/python-10-digit-ipi-name 10digitipiname.py. That rule
    // reproduces published numbers such as 00014107338 (weso/CWR-DataApi, cwr/grammar/field/special.py), where
    // the plain mod 101 would give 63 rather than 38.
    private static int CheckDigits(ReadOnlySpan<char> nine)
    {
        var sum = 0;
        for (var i = 0; i < nine.Length; i++)
        {
            sum += (nine[i] - '0') * (10 - i);
        }

        var remainder = sum % 101;
        return remainder == 0 ? 0 : (101 - remainder) % 100;
    }
}
