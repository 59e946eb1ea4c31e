namespace RoyaltyLedger.Domain.Usage;

/// <summary>One reported use of a work by a model, as the operator sent it.</summary>
public sealed record UsageEvent(
    string EventId,
    string ModelId,
    string WorkId,
    UseKind Use,
    long Units,
    string UnitKind,
    long? AttributionWeightPpm,
    DateTimeOffset? OccurredAt,
    string AttributionMethod,
    string AttributionMethodVersion);
