namespace RoyaltyLedger.Application.Claims;

/// <summary>
/// A settlement as asked: the works as given (repeats allowed; the settlement keeps each once, in order), uses up to
/// <see cref="SettledThroughUnixMs"/> settled, by whom and when.
/// </summary>
public sealed record ClaimSettlementRequest(
    string SettlementId, string OperatorId, IReadOnlyList<string> WorkIds, long SettledThroughUnixMs, string Note, string SettledBy, long SettledAtUnixMs);
