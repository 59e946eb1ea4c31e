namespace RoyaltyLedger.Application.Reports;

/// <summary>
/// A work's training or fine-tuning uses by one model with one status and unit kind, summed over months and
/// currencies, with the first and last time such a use happened (Unix ms).
/// </summary>
public sealed record TrainingUseRow(
    string ModelId,
    string OperatorId,
    string WorkId,
    int UseKind,
    string Status,
    string UnitKind,
    long EventCount,
    Int128 Units,
    long FirstAtUnixMs,
    long LastAtUnixMs);
