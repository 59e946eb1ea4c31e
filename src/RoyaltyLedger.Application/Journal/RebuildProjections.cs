using RoyaltyLedger.Application.Outcomes;

namespace RoyaltyLedger.Application.Journal;

/// <summary>Rebuilds account balances from the journal, then compares the work totals with it; only over a journal that verifies.</summary>
public sealed class RebuildProjections(IJournalStore journal)
{
    public async Task<ProjectionRebuild> RebuildAsync(CancellationToken cancellationToken)
    {
        // Balances rebuilt from a journal whose chain is broken would carry the tampered sums into every statement and
        // payout, so a rebuild only runs over a journal that verifies.
        var verification = await journal.VerifyAsync(cancellationToken);
        if (!verification.Intact)
        {
            throw new PreconditionFailedException(
                $"ledger rebuild refused: the journal is broken at entry {verification.FirstBrokenEntryNo}: {verification.Problem}; " +
                "account balances were not touched (`royalty ledger verify` shows the same)");
        }

        var balances = await journal.RebuildBalancesAsync(cancellationToken);
        var agreement = await journal.CompareTotalsWithJournalAsync(cancellationToken);
        return new ProjectionRebuild(balances, agreement);
    }
}
