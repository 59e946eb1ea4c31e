namespace RoyaltyLedger.Application.Projection;

/// <summary>
/// Unidentified uses waiting in suspense under one name: the work id the operator gave (no such work is registered),
/// or the external identifier it reported; per unit kind, with how many operators reported them and when they happened.
/// </summary>
public sealed record SuspenseGroup(
    string WorkId,
    string RefScheme,
    string RefValue,
    string UnitKind,
    long Events,
    long Units,
    long Operators,
    long FirstAtUnixMs,
    long LastAtUnixMs);
