namespace RoyaltyLedger.Application.Projection;

/// <summary>An operator's settlement of the claims on some works, for uses up to <see cref="SettledThroughUnixMs"/>.</summary>
public sealed record ClaimSettlement(
    string SettlementId,
    string OperatorId,
    IReadOnlyList<string> WorkIds,
    long SettledThroughUnixMs,
    string Note,
    string SettledBy,
    long SettledAtUnixMs);
