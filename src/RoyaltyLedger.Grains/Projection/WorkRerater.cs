using System.Diagnostics;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Application.Claims;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Quarantine;
using RoyaltyLedger.Application.Rerate;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Rates a work's past uses again, as the work grain rates them now, and posts the difference from what the journal
/// holds for them as an adjustment entry referencing the work and the reason; the work's usage totals are rebuilt
/// from the same pass. Nothing already posted is edited: a second re-rating of an unchanged work posts nothing.
/// The work's log rows are read back a page at a time and only sums are kept, so memory is bounded by the number of
/// (account, currency) and totals rows, not by the number of uses.
/// </summary>
internal sealed class WorkRerater(ProjectionStores stores, IGrainFactory grains, ProjectionContext context, ProjectionFaults faults, ProjectorPartition partition)
{
    /// <summary>At most this many works are re-rated per pass.</summary>
    public const int MaxWorksPerPass = 16;

    /// <summary>Log rows read back per page.</summary>
    public const int LogRowsPerPage = 100;

    /// <summary>Returns how many works were re-rated, how many needed an adjustment, and whether a round got in the way of one.</summary>
    public async Task<(int Rerated, int Adjusted, bool Conflicted)> RunAsync(CancellationToken cancellationToken)
    {
        // Only this partition's works: their re-rating takes this partition's lock, as its rounds do (docs/partitions.md).
        var requests = await stores.Rerates.PeekRerateRequestsAsync(partition.Number, MaxWorksPerPass, cancellationToken);
        var (rerated, adjusted, conflicted, failed) = (0, 0, false, 0);
        Exception? lastFailure = null;
        foreach (var request in requests)
        {
            RerateOutcome outcome;
            try
            {
                outcome = await RerateAsync(request, cancellationToken);
            }
            catch (Exception exception) when (context.Failures.IsUses(exception))
            {
                // One work that cannot be re-rated (a use of it that fails to rate) keeps its request and does not stop the
                // others'; its quarantined uses are left out (UsesOfWorkAsync), the others are re-rated once it rates again.
                failed++;
                lastFailure = exception;
                continue;
            }

            if (!outcome.Committed)
            {
                conflicted = true;
                continue;
            }

            rerated++;
            adjusted += outcome.EntryNo is null ? 0 : 1;
        }

        if (failed == requests.Count && lastFailure is not null)
        {
            // Every work of the pass failed: say why, once, through the caller's log.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(lastFailure);
        }

        return (rerated, adjusted, conflicted);
    }

    private async Task<RerateOutcome> RerateAsync(RerateRequest request, CancellationToken cancellationToken)
    {
        var workId = request.WorkId;
        var round = new PricedRound();
        var (rows, last) = (0L, 0L);
        while (true)
        {
            var page = await stores.Rerates.ReadWorkLogAsync(workId, last, LogRowsPerPage, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            rows += page.Count;
            last = page[^1];
            var uses = await UsesOfWorkAsync(workId, page, cancellationToken);
            var ratings = await WorkRater.RateAsync(grains, [.. uses.Select(u => (workId, u))], context.Failures, faults);
            var settled = await Settlements.ForAsync(stores.Claims, uses, [.. uses.Select(_ => workId)], ratings, cancellationToken);
            for (var i = 0; i < uses.Count; i++)
            {
                var rating = ratings[i] ?? throw new UnreachableException($"work {workId} has uses in the log but its grain says it is not registered");
                round.Add(uses[i], workId, rating, Settlements.For(settled, uses[i], workId));
            }
        }

        var commit = new RerateCommit(request, rows, last, round.Book.Lines(), round.Totals.ToDeltas(), context.Clock.GetUtcNow().ToUnixTimeMilliseconds());
        return await stores.Rerates.CommitRerateAsync(commit, cancellationToken);
    }

    /// <summary>
    /// The counted uses in these log rows that are the work's: matched to it out of suspense, or naming it (by id, or
    /// by an identifier it carries) and never in suspense. Uses still waiting in suspense are not the work's yet.
    /// </summary>
    internal async Task<List<LoggedUse>> UsesOfWorkAsync(string workId, IReadOnlyList<long> logSeqs, CancellationToken cancellationToken)
    {
        var batches = await stores.Rerates.ReadLogRowsAsync(logSeqs, cancellationToken);
        if (batches.Count != logSeqs.Count)
        {
            throw new UnreachableException($"work_log names {logSeqs.Count} log rows of work {workId}, usage_log holds {batches.Count} of them");
        }

        var suspense = await stores.Rerates.ReadSuspenseAsync(logSeqs, cancellationToken);
        // Quarantined uses are in no total and no entry until a retry posts them; re-rating leaves them out alike.
        var quarantined = await stores.Quarantine.ReadQuarantinedKeysAsync(logSeqs, cancellationToken);
        var uses = batches.Where(b => !quarantined.Contains((b.LogSeq, UseKeys.WholeRow))).SelectMany(LogDecoder.CountedUses)
            .Where(u => !quarantined.Contains((u.LogSeq, u.EventIndex))).ToList();
        var refs = uses.Where(u => u.WorkId.Length == 0 && u.Ref is not null).Select(u => u.Ref!.Value).Distinct().ToList();
        var identified = refs.Count == 0 ? new Dictionary<WorkRef, string>() : await stores.Projection.FindWorksByIdentifierAsync(refs, cancellationToken);
        return [.. uses.Where(u => suspense.TryGetValue((u.LogSeq, u.EventIndex), out var matched)
            ? matched == workId
            : u.WorkId.Length > 0 ? u.WorkId == workId : u.Ref is { } r && identified.GetValueOrDefault(r) == workId)];
    }
}
