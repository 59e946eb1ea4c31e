using System.Buffers;

namespace RoyaltyLedger.Domain.Validation;

/// <summary>
/// Identifiers of creators, works, operators, models, licences and events are chosen by callers so
/// that retries are safe. They are short, printable and unambiguous in files and URLs.
/// </summary>
public static class EntityIds
{
    public const int MaxLength = 64;

    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-");

    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value)
        && value.Length <= MaxLength
        && char.IsAsciiLetterOrDigit(value[0])
        && !value.AsSpan().ContainsAnyExcept(Allowed);

    /// <summary>Returns a violation naming the field and value, or null when the id is acceptable.</summary>
    public static FieldViolation? Check(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return new FieldViolation(field, $"{field} is required");
        }

        return IsValid(value)
            ? null
            : new FieldViolation(field,
                $"{field} '{Printable(value)}' must be 1 to {MaxLength} letters, digits or . _ : -, starting with a letter or digit");
    }

    /// <summary>Quotes a caller's value safely inside an error message, cutting very long values.</summary>
    public static string Printable(string value)
    {
        const int limit = 80;
        var cut = value.Length > limit ? value[..limit] + "…" : value;
        return string.Create(cut.Length, cut, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
    }
}
