using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Application.Registry;

/// <summary>
/// What a registry use case did: its result, or the violations (naming the field and the value) that stopped it
/// before anything was written. Each use case says what a null <see cref="Value"/> without violations means.
/// </summary>
public sealed record RegistryResult<T>(T? Value, IReadOnlyList<FieldViolation> Violations)
    where T : class;

/// <summary>Makes <see cref="RegistryResult{T}"/>s.</summary>
public static class RegistryResult
{
    public static RegistryResult<T> Of<T>(T? value)
        where T : class => new(value, []);

    public static RegistryResult<T> Rejected<T>(IReadOnlyList<FieldViolation> violations)
        where T : class => new(null, violations);

    public static RegistryResult<T> Rejected<T>(string field, string description)
        where T : class => new(null, [new FieldViolation(field, description)]);
}
