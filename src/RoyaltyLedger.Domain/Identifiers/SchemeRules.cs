using System.Text;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Identifiers;

/// <summary>Returns null when the value is valid, else a short reason; sets normalized only on success.</summary>
internal delegate string? IdentifierParser(string value, out string normalized);

/// <summary>What every scheme shares: the required check, the shape of the message and separator stripping.</summary>
internal static class SchemeRules
{
    public static bool TryNormalize(string? value, IdentifierParser parse, out string normalized)
    {
        normalized = string.Empty;
        return !string.IsNullOrEmpty(value) && parse(value, out normalized) is null;
    }

    public static FieldViolation? Check(string field, string? value, string schemeName, IdentifierParser parse)
    {
        if (string.IsNullOrEmpty(value))
        {
            return new FieldViolation(field, $"{field} is required");
        }

        return parse(value, out _) is { } reason
            ? new FieldViolation(field, $"{field} '{EntityIds.Printable(value)}' is not a valid {schemeName}: {reason}")
            : null;
    }

    /// <summary>Removes the presentation separators a scheme allows, e.g. the hyphens of 978-0-306-40615-7.</summary>
    public static string Strip(string value, string separators)
    {
        var compact = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!separators.Contains(c, StringComparison.Ordinal))
            {
                compact.Append(c);
            }
        }

        return compact.ToString();
    }

    /// <summary>The first character that is not an ASCII digit, or null when all are.</summary>
    public static char? FirstNonDigit(ReadOnlySpan<char> text)
    {
        var at = text.IndexOfAnyExceptInRange('0', '9');
        return at < 0 ? null : text[at];
    }

    public static bool AreDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    /// <summary>Quotes part of the caller's value inside a reason, with control characters made visible.</summary>
    public static string Quote(ReadOnlySpan<char> part) => $"'{EntityIds.Printable(part.ToString())}'";

    public static string Quote(char c) => Quote([c]);
}
