using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Application.Errors;

/// <summary>
/// A use case's refusal: its kind, a sentence naming the entity and the values, and for invalid input the field
/// violations. The gRPC edge turns it into the matching status (UseCaseErrorInterceptor); throw it through
/// <see cref="Refuse"/>.
/// </summary>
public sealed class UseCaseException : Exception
{
    public UseCaseException()
    {
    }

    public UseCaseException(string message)
        : base(message)
    {
    }

    public UseCaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UseCaseException(UseCaseErrorKind kind, string message, IReadOnlyList<FieldViolation>? violations = null)
        : base(message)
    {
        Kind = kind;
        Violations = violations ?? [];
    }

    public UseCaseErrorKind Kind { get; }

    /// <summary>Every violation found, in the order checked (for <see cref="UseCaseErrorKind.InvalidInput"/>).</summary>
    public IReadOnlyList<FieldViolation> Violations { get; } = [];
}
