namespace RoyaltyLedger.Domain.Removals;

/// <summary>The id and reason of a demand the ledger opens for a refused use (<see cref="RefusedUseDemandRules.Next"/>).</summary>
public sealed record RefusedUseDemand(string RequestId, string Reason);
