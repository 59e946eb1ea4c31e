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
    IReadOnlyList<Accrual> Accruals)
{
    public string TerritoryCode { get; init; } = "";

    public long? RevenueMicros { get; init; }

    public string? RevenueCurrency { get; init; }

    /// <summary>Why a use was not licensed (the licence check's reason); null when licensed.</summary>
    public string? StatusReason { get; init; }
}
