namespace RoyaltyLedger.Storage;

/// <summary>A validated, rated usage event as the log keeps it.</summary>
public sealed record StoredEvent(
    string EventId,
    string ModelId,
    string WorkId,
    int UseKind,
    long Units,
    string UnitKind,
    int WeightPpm,
    long OccurredAtUnixMs,
    long ReceivedAtUnixMs,
    string AttributionMethod,
    string AttributionMethodVersion,
    string Status,
    string? LicenceId,
    string? Currency,
    long AmountNanos,
    IReadOnlyList<Accrual> Accruals);
