namespace RoyaltyLedger.Application.Quarantine;

/// <summary>What a retry did: uses retried, posted, still quarantined, and the uses that remain quarantined afterwards.</summary>
public sealed record QuarantineRetryTotals(int Retried, int Posted, int StillQuarantined, long Remaining);
