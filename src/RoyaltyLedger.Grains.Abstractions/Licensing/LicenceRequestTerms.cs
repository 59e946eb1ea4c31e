using System.Collections.Immutable;
using RoyaltyLedger.Domain;
using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Grains.Abstractions.Licensing;

/// <summary>
/// What an operator asks for: works (listed, or a rightsholder's catalogue resolved to works when filed), models
/// (empty: all its models), uses, territories (empty: worldwide), a term, pricing and why. Every licence the request
/// issues carries these terms; only the licensor, the work and (without <see cref="StartsAt"/>) the start differ.
/// </summary>
[GenerateSerializer, Immutable, Alias("rl.LicenceRequestTerms.v1")]
public sealed record LicenceRequestTerms(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string OperatorId,
    [property: Id(2)] ImmutableArray<string> WorkIds,
    [property: Id(3)] ImmutableArray<string> ModelIds,
    [property: Id(4)] ImmutableArray<UseKind> Uses,
    [property: Id(5)] TariffTerms? Tariff,
    [property: Id(6)] string Purpose)
{
    public const int MaxWorks = 1_000;

    /// <summary>The rightsholder whose catalogue was asked for; <see cref="WorkIds"/> then holds the works it had when filed.</summary>
    [Id(7)]
    public string? CatalogueRightsholderId { get; init; }

    [Id(8)]
    public ImmutableArray<string> TerritoryCodes { get; init; } = [];

    /// <summary>Null: each licence starts when its work's last approval was recorded.</summary>
    [Id(9)]
    public DateTimeOffset? StartsAt { get; init; }

    [Id(10)]
    public DateTimeOffset? EndsAt { get; init; }

    [Id(11)]
    public bool Retroactive { get; init; }

    [Id(12)]
    public int? RevenueShareBasisPoints { get; init; }

    [Id(13)]
    public bool AttributionOnly { get; init; }

    /// <summary>
    /// Same request: a catalogue request is the same when it names the same catalogue, whatever works that catalogue
    /// held at each filing, so that a retry after the catalogue grew is not a conflict.
    /// </summary>
    public bool SameAs(LicenceRequestTerms other) =>
        other is not null && RequestId == other.RequestId && OperatorId == other.OperatorId
        && CatalogueRightsholderId == other.CatalogueRightsholderId
        && (CatalogueRightsholderId is not null || WorkIds.SequenceEqual(other.WorkIds))
        && ModelIds.SequenceEqual(other.ModelIds) && Uses.SequenceEqual(other.Uses) && TerritoryCodes.SequenceEqual(other.TerritoryCodes)
        && StartsAt == other.StartsAt && EndsAt == other.EndsAt && Retroactive == other.Retroactive
        && Tariff == other.Tariff && RevenueShareBasisPoints == other.RevenueShareBasisPoints && AttributionOnly == other.AttributionOnly
        && Purpose == other.Purpose;

    /// <summary>
    /// The licence for one work of the request: these terms, priced by <paramref name="counter"/> when a party's
    /// counter was accepted for the work. Grant time and source are left for the issuer to set.
    /// </summary>
    public LicenceRecord LicenceFor(string licenceId, Licensor licensor, string workId, DateTimeOffset startsAt, CounterTerms? counter) =>
        new(licenceId, licensor.Kind, licensor.Id, OperatorId, ModelIds, [workId], Uses, TerritoryCodes,
            StartsAt ?? startsAt, EndsAt, Retroactive,
            counter is null ? Tariff : counter.Tariff,
            counter is null ? RevenueShareBasisPoints : counter.RevenueShareBasisPoints,
            counter is null && AttributionOnly);
}
