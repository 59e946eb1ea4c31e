using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Application.Outcomes;

/// <summary>The request names values the ledger cannot take (INVALID_ARGUMENT with each field violation).</summary>
public sealed class InvalidRequestException : UseCaseException
{
    public InvalidRequestException(IReadOnlyList<FieldViolation> violations)
        : base(string.Join("; ", (violations ?? throw new ArgumentNullException(nameof(violations))).Select(v => v.Description)))
    {
        Violations = violations;
    }

    public InvalidRequestException(string field, string description)
        : this([new FieldViolation(field, description)])
    {
    }

    public IReadOnlyList<FieldViolation> Violations { get; }

    /// <summary>Throws when any violation is present.</summary>
    public static void ThrowIfAny(IEnumerable<FieldViolation?> violations)
    {
        var found = violations.OfType<FieldViolation>().ToList();
        if (found.Count > 0)
        {
            throw new InvalidRequestException(found);
        }
    }
}
