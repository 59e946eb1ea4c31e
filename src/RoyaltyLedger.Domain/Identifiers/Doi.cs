using System.Text;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Identifiers;

/// <summary>
/// Digital Object Identifier (ISO 26324), checked for syntax only: "10.", a registrant code of digits that may
/// be divided by dots, "/" and a non-empty suffix, e.g. 10.1000/182 (DOI Handbook, "DOI Name Syntax"). A
/// "doi:" or "https://doi.org/" prefix in any case is dropped. The suffix keeps the caller's case: DOI names
/// are compared case-insensitively, but that is the concern of whoever compares them.
/// </summary>
public static class Doi
{
    public const string Name = "DOI";

    /// <summary>The DOI Handbook sets no limit; this one bounds what a caller can make us store.</summary>
    public const int MaxLength = 300;

    private static readonly string[] Prefixes = ["doi:", "https://doi.org/"];

    public static bool TryNormalize(string? value, out string normalized) =>
        SchemeRules.TryNormalize(value, Parse, out normalized);

    public static FieldViolation? Check(string field, string? value) => SchemeRules.Check(field, value, Name, Parse);

    private static string? Parse(string value, out string normalized)
    {
        normalized = string.Empty;
        var doi = WithoutPrefix(value);
        if (doi.Length > MaxLength)
        {
            return $"is {doi.Length} characters long, at most {MaxLength} are allowed";
        }

        if (doi.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return "contains whitespace or control characters";
        }

        if (!doi.StartsWith("10.", StringComparison.Ordinal))
        {
            return "expected 10. followed by a registrant code, '/' and a suffix";
        }

        var slash = doi.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return "has no '/' between prefix and suffix";
        }

        var registrant = doi.AsSpan(3, slash - 3);
        if (!IsDottedDigits(registrant))
        {
            return $"registrant code {SchemeRules.Quote(registrant)} must be digits, optionally divided by dots";
        }

        if (slash == doi.Length - 1)
        {
            return "suffix after '/' is empty";
        }

        normalized = doi;
        return null;
    }

    private static string WithoutPrefix(string value)
    {
        foreach (var prefix in Prefixes)
        {
            // Ascii.EqualsIgnoreCase refuses non-ASCII look-alikes that OrdinalIgnoreCase might fold.
            if (value.Length >= prefix.Length && Ascii.EqualsIgnoreCase(value.AsSpan(0, prefix.Length), prefix))
            {
                return value[prefix.Length..];
            }
        }

        return value;
    }

    private static bool IsDottedDigits(ReadOnlySpan<char> registrant)
    {
        foreach (var range in registrant.Split('.'))
        {
            var part = registrant[range];
            if (part.IsEmpty || !SchemeRules.AreDigits(part))
            {
                return false;
            }
        }

        return true;
    }
}
