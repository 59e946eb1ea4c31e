using System.Collections.Immutable;
using RoyaltyLedger.Domain;
using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Grains.Abstractions.Licensing;

/// <summary>
/// A licence's full terms as granted. Empty <see cref="ModelIds"/> means all of the operator's models, empty
/// <see cref="WorkIds"/> the licensor's whole catalogue (rightsholders only), empty <see cref="TerritoryCodes"/>
/// worldwide; <see cref="ToDomain"/> writes each of those out as the explicit null the domain expects.
/// </summary>
[GenerateSerializer, Immutable, Alias("rl.LicenceRecord.v1")]
public sealed record LicenceRecord(
    [property: Id(0)] string LicenceId,
    [property: Id(1)] LicensorKind LicensorKind,
    [property: Id(2)] string LicensorId,
    [property: Id(3)] string OperatorId,
    [property: Id(4)] ImmutableArray<string> ModelIds,
    [property: Id(5)] ImmutableArray<string> WorkIds,
    [property: Id(6)] ImmutableArray<UseKind> Uses,
    [property: Id(7)] ImmutableArray<string> TerritoryCodes,
    [property: Id(8)] DateTimeOffset StartsAt,
    [property: Id(9)] DateTimeOffset? EndsAt,
    [property: Id(10)] bool Retroactive,
    [property: Id(11)] TariffTerms? Tariff,
    [property: Id(12)] int? RevenueShareBasisPoints,
    [property: Id(13)] bool AttributionOnly)
{
    /// <summary>When the ledger recorded the grant; not part of the terms.</summary>
    [Id(14)]
    public DateTimeOffset GrantedAt { get; init; }

    /// <summary>Where the licence came from, e.g. "granted by rightsholder rh-1" or "licence request R-7"; not part of the terms.</summary>
    [Id(15)]
    public string Source { get; init; } = "";

    public bool IsCatalogue => WorkIds.IsDefaultOrEmpty;

    public Licence ToDomain() => new()
    {
        LicenceId = LicenceId,
        Licensor = new Licensor(LicensorKind, LicensorId),
        OperatorId = OperatorId,
        ModelIds = ModelIds.IsDefaultOrEmpty ? null : ModelIds,
        WorkIds = WorkIds.IsDefaultOrEmpty ? null : WorkIds,
        Uses = Uses.IsDefault ? [] : Uses,
        TerritoryCodes = TerritoryCodes.IsDefaultOrEmpty ? null : TerritoryCodes,
        StartsAt = StartsAt,
        EndsAt = EndsAt,
        Retroactive = Retroactive,
        Tariff = Tariff?.ToDomain(),
        RevenueShareBasisPoints = RevenueShareBasisPoints,
        AttributionOnly = AttributionOnly,
    };

    /// <summary>Same terms, element by element (record equality compares arrays by reference); grant time and source aside.</summary>
    public bool SameTermsAs(LicenceRecord other) =>
        other is not null
        && LicenceId == other.LicenceId && LicensorKind == other.LicensorKind && LicensorId == other.LicensorId
        && OperatorId == other.OperatorId && Same(ModelIds, other.ModelIds) && Same(WorkIds, other.WorkIds)
        && Same(Uses, other.Uses) && Same(TerritoryCodes, other.TerritoryCodes)
        && StartsAt == other.StartsAt && EndsAt == other.EndsAt && Retroactive == other.Retroactive
        && Tariff == other.Tariff && RevenueShareBasisPoints == other.RevenueShareBasisPoints && AttributionOnly == other.AttributionOnly;

    private static bool Same<T>(ImmutableArray<T> a, ImmutableArray<T> b) =>
        (a.IsDefaultOrEmpty && b.IsDefaultOrEmpty) || (!a.IsDefault && !b.IsDefault && a.SequenceEqual(b));
}
