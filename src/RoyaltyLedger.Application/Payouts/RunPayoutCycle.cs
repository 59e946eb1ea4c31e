using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Payouts;

/// <summary>
/// Runs a society's payout cycle over the journal: a preview computes it and stores nothing; a commit stores it once
/// under its id, and a repeat with the same terms returns the committed cycle.
/// </summary>
public sealed class RunPayoutCycle(IPayoutStore payouts, IGrainFactory grains, TimeProvider clock)
{
    public async Task<PayoutCycleView> PreviewAsync(PayoutCycleTerms terms, CancellationToken cancellationToken)
    {
        var cycle = await RequestAsync(terms);
        return await PayeeIdentifiers.DescribeAsync(grains, await payouts.PreviewCycleAsync(cycle, cancellationToken));
    }

    public async Task<PayoutCycleView> CommitAsync(PayoutCycleTerms terms, CancellationToken cancellationToken)
    {
        var cycle = await RequestAsync(terms);
        var (stored, _) = await payouts.CommitCycleAsync(cycle, terms.AllowEmpty, clock.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
        if (CycleRequestDifferences.Describe(stored.Request, cycle) is { } conflict)
        {
            throw new ConflictException(conflict);
        }

        return await PayeeIdentifiers.DescribeAsync(grains, stored);
    }

    private async Task<CycleRequest> RequestAsync(PayoutCycleTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var society = await grains.GetGrain<ISocietyGrain>(terms.SocietyId).Describe()
            ?? throw new NotFoundException($"society {terms.SocietyId} is not registered");
        // The minimum a member's statement announces (the society's schedule) is the one its cycles apply unless the
        // society names another for this cycle.
        var minimum = terms.MinimumPayoutMinor ?? society.PayoutSchedule?.MinimumPayoutMinor
            ?? throw new InvalidRequestException("minimum_payout_minor",
                $"minimum_payout_minor is not given and society {terms.SocietyId} has no payout schedule to take it from: give it (--minimum-minor) " +
                "or set the society's schedule (royalty societies set-payout-schedule)");
        return new CycleRequest(terms.CycleId, terms.SocietyId, terms.Currency, terms.Period.LastSecond.ToUnixTimeMilliseconds(), minimum,
            society.CommissionBasisPoints) { Period = terms.Period };
    }
}
