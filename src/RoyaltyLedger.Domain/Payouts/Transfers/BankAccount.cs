using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Payouts.Transfers;

/// <summary>
/// The account a payout is paid into (a member's) or paid from (a society's): its holder's name as the bank knows it,
/// a normalized IBAN (check digits verified) and a BIC, "" when none is held (SEPA transfers need none).
/// </summary>
public sealed record BankAccount(string HolderName, string Iban, string Bic)
{
    /// <summary>pain.001's party names are at most 70 characters (Max70Text; EPC's Max140Text cut to 70).</summary>
    public const int MaxHolderNameLength = 70;

    /// <summary>
    /// Validates and normalizes the three fields, each violation naming its field (<paramref name="prefix"/> + "iban",
    /// ...) and the value. An empty or absent <paramref name="bic"/> means none.
    /// </summary>
    public static (BankAccount? Account, IReadOnlyList<FieldViolation> Violations) Create(string prefix, string? holderName, string? iban, string? bic)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var violations = new List<FieldViolation>();
        if (HolderNameViolation($"{prefix}holder_name", holderName) is { } badName)
        {
            violations.Add(badName);
        }

        if (RoyaltyLedger.Domain.Identifiers.Iban.Check($"{prefix}iban", iban) is { } badIban)
        {
            violations.Add(badIban);
        }

        var hasBic = !string.IsNullOrEmpty(bic);
        if (hasBic && RoyaltyLedger.Domain.Identifiers.Bic.Check($"{prefix}bic", bic) is { } badBic)
        {
            violations.Add(badBic);
        }

        if (violations.Count > 0)
        {
            return (null, violations);
        }

        RoyaltyLedger.Domain.Identifiers.Iban.TryNormalize(iban, out var normalIban);
        var normalBic = "";
        if (hasBic)
        {
            RoyaltyLedger.Domain.Identifiers.Bic.TryNormalize(bic, out normalBic);
        }

        return (new BankAccount(holderName!.Trim(), normalIban, normalBic), []);
    }

    private static FieldViolation? HolderNameViolation(string field, string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return new FieldViolation(field, $"{field} is required: the account holder's name as the bank knows it");
        }

        if (trimmed.Length > MaxHolderNameLength)
        {
            return new FieldViolation(field, $"{field} '{EntityIds.Printable(trimmed)}' has {trimmed.Length} characters, at most {MaxHolderNameLength}");
        }

        return trimmed.Any(char.IsControl)
            ? new FieldViolation(field, $"{field} '{EntityIds.Printable(trimmed)}' contains control characters")
            : null;
    }
}
