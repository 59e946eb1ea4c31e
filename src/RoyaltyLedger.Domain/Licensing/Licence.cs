using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// A licence from a creator or rightsholder to one operator. Scope fields that may be left open are
/// <c>required</c>, so that "all models", "the whole catalogue" and "worldwide" are always written out
/// as an explicit null and never arrive by omission. Validate with <see cref="LicenceRules.Validate"/>.
/// </summary>
public sealed record Licence
{
    public required string LicenceId { get; init; }

    public required Licensor Licensor { get; init; }

    public required string OperatorId { get; init; }

    /// <summary>The operator's models covered, or null for all of the operator's models.</summary>
    public required IReadOnlyList<string>? ModelIds { get; init; }

    /// <summary>The works covered, or null for the catalogue of the licensor, who must then be a rightsholder.</summary>
    public required IReadOnlyList<string>? WorkIds { get; init; }

    /// <summary>The uses covered; at least one, since no use is authorised by default.</summary>
    public required IReadOnlyList<UseKind> Uses { get; init; }

    /// <summary>ISO 3166-1 alpha-2 codes where uses are covered, or null for worldwide.</summary>
    public required IReadOnlyList<string>? TerritoryCodes { get; init; }

    /// <summary>The first instant of the term.</summary>
    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>The end of the term, exclusive: uses at or after it are not covered. Null for no end.</summary>
    public required DateTimeOffset? EndsAt { get; init; }

    /// <summary>Whether uses before <see cref="StartsAt"/> are covered too; uses at or after <see cref="EndsAt"/> never are.</summary>
    public required bool Retroactive { get; init; }

    /// <summary>A unit price, alone or beside <see cref="RevenueShareBasisPoints"/>; null when attribution-only.</summary>
    public Tariff? Tariff { get; init; }

    /// <summary>A share of the operator's revenue from the use, in basis points; null when not agreed.</summary>
    public int? RevenueShareBasisPoints { get; init; }

    /// <summary>Free use with credit required: no tariff and no revenue share.</summary>
    public bool AttributionOnly { get; init; }

    public bool IsCatalogue => WorkIds is null;
}
