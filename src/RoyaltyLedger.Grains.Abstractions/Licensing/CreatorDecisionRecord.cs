using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Grains.Abstractions.Licensing;

[GenerateSerializer, Immutable, Alias("rl.CreatorDecisionRecord.v1")]
public sealed record CreatorDecisionRecord(
    [property: Id(0)] string CreatorId,
    [property: Id(1)] RequestDecisionKind Decision,
    [property: Id(2)] string Note,
    [property: Id(3)] TariffTerms? CounterTariff,
    [property: Id(4)] DateTimeOffset? DecidedAt);
