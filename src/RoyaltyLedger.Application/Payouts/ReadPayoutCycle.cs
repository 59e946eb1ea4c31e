using RoyaltyLedger.Application.Outcomes;

namespace RoyaltyLedger.Application.Payouts;

/// <summary>Finds a committed cycle, then describes it with its payees' identifiers (the caller checks access in between).</summary>
public sealed class ReadPayoutCycle(IPayoutStore payouts, IGrainFactory grains)
{
    public async Task<StoredCycle> FindAsync(string cycleId, CancellationToken cancellationToken) =>
        await payouts.GetCycleAsync(cycleId, cancellationToken)
            ?? throw new NotFoundException($"payout cycle {cycleId} has not been committed");

    public Task<PayoutCycleView> DescribeAsync(StoredCycle cycle) => PayeeIdentifiers.DescribeAsync(grains, cycle);
}
