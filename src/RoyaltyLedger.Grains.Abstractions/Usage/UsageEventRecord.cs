using RoyaltyLedger.Domain;
using RoyaltyLedger.Domain.Usage;

namespace RoyaltyLedger.Grains.Abstractions.Usage;

/// <summary>A usage event as the operator reported it, carried from the gRPC edge to the stream grain.</summary>
[GenerateSerializer, Immutable, Alias("rl.UsageEventRecord.v1")]
public sealed record UsageEventRecord(
    [property: Id(0)] string EventId,
    [property: Id(1)] string ModelId,
    [property: Id(2)] string WorkId,
    [property: Id(3)] UseKind Use,
    [property: Id(4)] long Units,
    [property: Id(5)] string UnitKind,
    [property: Id(6)] long? AttributionWeightPpm,
    [property: Id(7)] DateTimeOffset? OccurredAt,
    [property: Id(8)] string AttributionMethod,
    [property: Id(9)] string AttributionMethodVersion)
{
    [Id(10)]
    public string TerritoryCode { get; init; } = "";

    [Id(11)]
    public long? RevenueMicros { get; init; }

    [Id(12)]
    public string RevenueCurrency { get; init; } = "";

    public UsageEvent ToDomain() => new(EventId, ModelId, WorkId, Use, Units, UnitKind, AttributionWeightPpm, OccurredAt,
        AttributionMethod, AttributionMethodVersion)
    {
        TerritoryCode = TerritoryCode,
        RevenueMicros = RevenueMicros,
        RevenueCurrency = RevenueCurrency,
    };
}
