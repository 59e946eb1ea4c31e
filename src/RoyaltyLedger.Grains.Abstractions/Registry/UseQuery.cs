using RoyaltyLedger.Domain;

namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>
/// One use of a work to rate: which model, how, when, where (an empty territory is unknown) and what it counted
/// (<see cref="UnitKind"/>, which picks the unlicensed tariff; null from a sender that predates it, read as none).
/// </summary>
[GenerateSerializer, Immutable, Alias("rl.UseQuery.v1")]
public sealed record UseQuery(
    [property: Id(0)] string ModelId,
    [property: Id(1)] UseKind Use,
    [property: Id(2)] DateTimeOffset OccurredAt,
    [property: Id(3)] string TerritoryCode,
    [property: Id(4)] string UnitKind);
