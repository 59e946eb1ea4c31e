using System.Diagnostics;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Application.Claims;
using RoyaltyLedger.Application.Journal;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Quarantine;
using RoyaltyLedger.Application.Rerate;
using RoyaltyLedger.Application.UsageLog;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Replays the usage log into an empty scratch journal held in memory and checks that it equals the live journal's
/// effect (`royalty ledger rebuild --from-log`). Each work's uses are read back from the log as a re-rating reads them,
/// rated by the work grain as of each use's time (the registry is effective-dated: consents, memberships, tariffs,
/// splits and licence terms as they stood then, with every change that reaches back, such as a retroactive licence,
/// a split correction, a settled claim or a matched identifier, applied as recorded), priced and posted exactly as
/// the projector posts them. The journal groups uses into rounds by timing and corrects with adjustment entries, so
/// the two are compared by their canonical rating effect (<see cref="RatingEffectDigest"/>), not entry by entry.
/// The live journal must have caught up first: no log row waiting for projection and no work waiting to be re-rated,
/// checked before and after; otherwise the replay refuses (<see cref="LogReplayNotQuietException"/>).
/// Memory holds every (work, account, currency) net of both sides, not the uses.
/// </summary>
public sealed class LogReplay(
    ILogReplayStore replay, ProjectionStores stores, IGrainFactory grains, ProjectionContext context, ProjectionFaults faults, LedgerPartitioning partitioning) : IUsageLogReplay
{
    public async Task<LogReplayReport> RunAsync(CancellationToken cancellationToken)
    {
        await RequireQuietAsync("before the replay", cancellationToken);
        var rerater = new WorkRerater(stores, grains, context, faults, new ProjectorPartition(0, partitioning));
        var (journal, replayed) = (new List<RatingEffect>(), new List<RatingEffect>());
        var (works, uses, after) = (0, 0L, "");
        while (true)
        {
            var page = await replay.RatedWorksAsync(after, ILogReplayStore.MaxWorksPerPage, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            foreach (var workId in page)
            {
                uses += await ReplayWorkAsync(rerater, workId, replayed, cancellationToken);
            }

            journal.AddRange(await replay.JournalRatingEffectAsync(page, cancellationToken));
            works += page.Count;
            after = page[^1];
        }

        await RequireQuietAsync("during the replay", cancellationToken);
        var (live, scratch) = (RatingEffectDigest.Canonical(journal), RatingEffectDigest.Canonical(replayed));
        var difference = RatingEffectDigest.FirstDifference(live, scratch) is { } d
            ? new LogReplayDifference(d.WorkId, d.Account, d.Currency, d.Left, d.Right)
            : null;
        return new LogReplayReport(RatingEffectDigest.Hash(live), RatingEffectDigest.Hash(scratch), works, uses, live.Count, scratch.Count, difference);
    }

    /// <summary>Rates and posts the work's uses into <paramref name="effects"/> as a re-rating would, and returns how many there were.</summary>
    private async Task<long> ReplayWorkAsync(WorkRerater rerater, string workId, List<RatingEffect> effects, CancellationToken cancellationToken)
    {
        var round = new PricedRound();
        var (count, last) = (0L, 0L);
        while (true)
        {
            var page = await stores.Rerates.ReadWorkLogAsync(workId, last, WorkRerater.LogRowsPerPage, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            last = page[^1];
            var uses = await rerater.UsesOfWorkAsync(workId, page, cancellationToken);
            var ratings = await WorkRater.RateAsync(grains, [.. uses.Select(u => (workId, u))], context.Failures);
            var settled = await Settlements.ForAsync(stores.Claims, uses, [.. uses.Select(_ => workId)], ratings, cancellationToken);
            for (var i = 0; i < uses.Count; i++)
            {
                var rating = ratings[i] ?? throw new UnreachableException($"work {workId} has uses in the log but its grain says it is not registered");
                round.Add(uses[i], workId, rating, Settlements.For(settled, uses[i], workId));
            }

            count += uses.Count;
        }

        effects.AddRange(round.Book.Lines().Select(l => new RatingEffect(l.WorkId, l.Account, l.Currency, l.AmountNanos)));
        return count;
    }

    private async Task RequireQuietAsync(string when, CancellationToken cancellationToken)
    {
        var pending = 0L;
        foreach (var partition in partitioning.All)
        {
            pending += await stores.Projection.CountPendingAsync(partition, cancellationToken);
        }

        var queued = await replay.CountRerateRequestsAsync(cancellationToken);
        if (pending > 0 || queued > 0)
        {
            throw new LogReplayNotQuietException(
                $"the journal has not caught up with the usage log {when}: {pending:N0} log rows wait for projection and {queued:N0} works for re-rating; " +
                "run the check again once projection lag is 0");
        }
    }
}
