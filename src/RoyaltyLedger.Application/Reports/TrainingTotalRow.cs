namespace RoyaltyLedger.Application.Reports;

/// <summary>A model's training or fine-tuning uses with one status and unit kind, over all its works.</summary>
public sealed record TrainingTotalRow(int UseKind, string Status, string UnitKind, long WorkCount, long EventCount, Int128 Units);
