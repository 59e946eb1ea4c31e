using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Money;

/// <summary>ISO 4217 alphabetic currency codes.</summary>
public static class Currency
{
    public static bool IsValidCode(string? code) =>
        code is { Length: 3 } && code.All(char.IsAsciiLetterUpper);

    public static FieldViolation? Check(string field, string? code) =>
        IsValidCode(code)
            ? null
            : new FieldViolation(field, $"{field} '{EntityIds.Printable(code ?? "")}' is not an ISO 4217 code of three capital letters");
}
