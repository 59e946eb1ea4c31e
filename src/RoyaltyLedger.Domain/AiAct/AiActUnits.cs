namespace RoyaltyLedger.Domain.AiAct;

/// <summary>Units of one kind (tokens, images, seconds, ...).</summary>
public sealed record AiActUnits(string UnitKind, long Units);
