namespace RoyaltyLedger.Application.Projection;

/// <summary>
/// One <c>usage_totals</c> row for a work as a whole (party ''), by operator, model, use, status, unit, currency and month,
/// with the first and last time a use in it happened (Unix ms).
/// </summary>
public sealed record UsageTotal(
    string WorkId,
    string OperatorId,
    string ModelId,
    int UseKind,
    string Status,
    string UnitKind,
    string Currency,
    string Period,
    long EventCount,
    Int128 Units,
    Int128 AmountNanos,
    long FirstAtUnixMs,
    long LastAtUnixMs);
