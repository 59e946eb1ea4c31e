namespace RoyaltyLedger.Domain.AiAct;

/// <summary>A work's training or fine-tuning uses with one licence status and unit kind (a row of the model's transparency report).</summary>
public sealed record AiActUse(UseKind Use, UseStatus Status, string UnitKind, long EventCount, long Units, long FirstAtUnixMs, long LastAtUnixMs);
