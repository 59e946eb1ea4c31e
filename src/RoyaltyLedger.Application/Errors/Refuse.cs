using System.Diagnostics.CodeAnalysis;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Application.Errors;

/// <summary>Throws a use case's refusals, one small helper per kind, so that the caller reads as the rule it checks.</summary>
public static class Refuse
{
    /// <summary>Throws invalid input when any violation is present.</summary>
    public static void IfAny(IEnumerable<FieldViolation?> violations)
    {
        var found = violations.OfType<FieldViolation>().ToList();
        if (found.Count > 0)
        {
            throw new UseCaseException(UseCaseErrorKind.InvalidInput, string.Join("; ", found.Select(v => v.Description)), found);
        }
    }

    [DoesNotReturn]
    public static void Input(string field, string description) =>
        throw new UseCaseException(UseCaseErrorKind.InvalidInput, description, [new FieldViolation(field, description)]);

    [DoesNotReturn]
    public static void NotFound(string message) => throw new UseCaseException(UseCaseErrorKind.NotFound, message);

    [DoesNotReturn]
    public static void AlreadyExists(string message) => throw new UseCaseException(UseCaseErrorKind.AlreadyExists, message);

    [DoesNotReturn]
    public static void FailedPrecondition(string message) => throw new UseCaseException(UseCaseErrorKind.FailedPrecondition, message);

    [DoesNotReturn]
    public static void Access(string message) => throw new UseCaseException(UseCaseErrorKind.PermissionDenied, message);
}
