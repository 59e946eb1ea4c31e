namespace RoyaltyLedger.Domain.Validation;

/// <summary>Checks for free-text fields such as titles and display names.</summary>
public static class Text
{
    public const int MaxLength = 300;

    public static FieldViolation? CheckRequired(string field, string? value, int maxLength = MaxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new FieldViolation(field, $"{field} is required");
        }

        if (value.Length > maxLength)
        {
            return new FieldViolation(field, $"{field} is {value.Length} characters long, at most {maxLength} are allowed");
        }

        return value.Any(char.IsControl)
            ? new FieldViolation(field, $"{field} '{EntityIds.Printable(value)}' contains control characters")
            : null;
    }
}
