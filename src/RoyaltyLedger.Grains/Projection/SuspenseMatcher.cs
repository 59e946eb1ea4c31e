using System.Diagnostics;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Moves events out of suspense once their work is registered: reads the event back from its log row (suspense
/// keeps only what identifies it) and checks its work rates it, then in one transaction marks it matched, takes it out
/// of the "unidentified" totals and queues the work for re-rating, which adds the use to the work's totals and posts
/// it to the journal together, so that totals and journal never disagree.
/// </summary>
internal sealed class SuspenseMatcher(IUsageProjectionStore store, IGrainFactory grains, ProjectionContext context, ProjectorPartition partition)
{
    /// <summary>At most this many suspense events move per pass.</summary>
    public const int MaxMatchesPerPass = 1_000;

    /// <summary>Returns how many events moved, and whether another projector had moved some of them first.</summary>
    public async Task<(int Matched, bool Conflicted)> MatchAsync(CancellationToken cancellationToken)
    {
        var candidates = await store.FindSuspenseMatchesAsync(MaxMatchesPerPass, cancellationToken);
        if (candidates.Count == 0)
        {
            return (0, false);
        }

        var uses = await ReadBackAsync(candidates, cancellationToken);
        var ratings = await WorkRater.RateAsync(grains, [.. candidates.Select((c, i) => (c.WorkId, uses[i]))], context.Failures);
        var totals = new TotalsBuilder();
        var matches = new List<SuspenseMatch>();
        for (var i = 0; i < candidates.Count; i++)
        {
            // A work listed in the registry whose grain says it is not registered stays in suspense for a later pass.
            if (ratings[i] is null)
            {
                continue;
            }

            var candidate = candidates[i];
            totals.AddUnidentified(candidate.Use, -1);
            // The match takes the work's partition's lock and queues the work's re-rating there (docs/partitions.md).
            matches.Add(new SuspenseMatch(candidate.Use.LogSeq, candidate.Use.EventIndex, candidate.WorkId)
            {
                Partition = partition.Partitioning.PartitionOf(candidate.WorkId),
            });
        }

        if (matches.Count == 0)
        {
            return (0, false);
        }

        var commit = new MatchCommit(matches, context.Clock.GetUtcNow().ToUnixTimeMilliseconds(), totals.ToDeltas());
        if (!await store.CommitMatchesAsync(commit, cancellationToken))
        {
            return (0, true);
        }

        context.Metrics.Matched(matches.Count);
        return (matches.Count, false);
    }

    /// <summary>Each candidate's event as the operator reported it, checked against what suspense recorded of it.</summary>
    private async Task<List<LoggedUse>> ReadBackAsync(IReadOnlyList<SuspenseCandidate> candidates, CancellationToken cancellationToken)
    {
        var payloads = await store.ReadPayloadsAsync([.. candidates.Select(c => c.Use.LogSeq).Distinct()], cancellationToken);
        var batches = new Dictionary<long, UsageBatch>();
        var uses = new List<LoggedUse>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var row = candidate.Use;
            if (!batches.TryGetValue(row.LogSeq, out var batch))
            {
                var payload = payloads.GetValueOrDefault(row.LogSeq)
                    ?? throw new UnreachableException($"suspense names log row {row.LogSeq}, which is not in usage_log");
                batch = batches[row.LogSeq] = UsageBatch.Parser.ParseFrom(payload);
            }

            var use = LogDecoder.EventAt(row.LogSeq, row.OperatorId, batch, row.EventIndex);
            if (use.EventId != row.EventId || use.Units != row.Units || use.UnitKind != row.UnitKind)
            {
                throw new UnreachableException(
                    $"suspense row ({row.LogSeq}, {row.EventIndex}) holds event '{row.EventId}' ({row.Units} {row.UnitKind}), the log holds '{use.EventId}' ({use.Units} {use.UnitKind})");
            }

            uses.Add(use);
        }

        return uses;
    }
}
