using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Application.Claims;

/// <summary>Claim settlements: recorded with the re-rating of their works in one transaction, and read when uses are rated.</summary>
public interface IClaimStore
{
    /// <summary>
    /// Records the settlement and queues its works for re-rating. Idempotent by settlement id: the settlement already
    /// held is returned (the caller compares it) and nothing is written.
    /// </summary>
    Task<ClaimSettlement> SettleAsync(ClaimSettlement settlement, CancellationToken cancellationToken);

    /// <summary>For each (operator, work) with a settlement, the latest time through which its claims are settled.</summary>
    Task<IReadOnlyDictionary<(string OperatorId, string WorkId), long>> SettledThroughAsync(
        IReadOnlyCollection<(string OperatorId, string WorkId)> pairs, CancellationToken cancellationToken);
}
