using System.Diagnostics;
using RoyaltyLedger.Grains.Abstractions.Projection;
using RoyaltyLedger.Application.Quarantine;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Retries quarantined uses: reads their log rows back, and builds and commits them as a round would
/// (<see cref="UsageProjection.InputsAsync"/>, <see cref="RoundBuilder"/>, <see cref="CommitIsolation"/>), except that
/// the commit takes their quarantine rows instead of pending log rows. That deletion is checked in the transaction, so
/// a use is posted once however many retries run.
/// </summary>
internal sealed class QuarantineRetrier(UsageProjection rounds, ProjectionStores stores, ProjectionContext context)
{
    public async Task<QuarantineRetryReport> RetryAsync(QuarantineRetryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var taken = await TakeAsync(request, cancellationToken);
        if (taken.Count == 0)
        {
            return QuarantineRetryReport.Nothing;
        }

        var keys = taken.ToDictionary(q => (q.LogSeq, q.EventIndex));
        var logSeqs = taken.Select(q => q.LogSeq).Distinct().Order().ToList();
        var rows = await stores.Rerates.ReadLogRowsAsync(logSeqs, cancellationToken);
        if (rows.Count != logSeqs.Count)
        {
            throw new UnreachableException($"the quarantine names {logSeqs.Count} log rows, usage_log holds {rows.Count} of them");
        }

        var inputs = await rounds.InputsAsync(logSeqs, rows,
            u => keys.ContainsKey((u.LogSeq, u.EventIndex)) || keys.ContainsKey((u.LogSeq, UseKeys.WholeRow)), forRetry: true, cancellationToken,
            whole: u => keys.ContainsKey((u.LogSeq, UseKeys.WholeRow)));
        // This partition's uses only (docs/partitions.md): single uses whose work (or suspense key) is its, and, on partition
        // 0, rows set aside whole. Only those are released; their failures are carried over.
        var mine = inputs.Uses.Select(u => (u.LogSeq, u.EventIndex)).ToHashSet();
        var broken = inputs.RowFailures.Select(r => r.LogSeq).ToHashSet();
        if (rounds.IsPartitioned)
        {
            keys = keys.Where(k => k.Key.EventIndex == UseKeys.WholeRow ? rounds.IsFirstPartition : mine.Contains(k.Key) || (rounds.IsFirstPartition && broken.Contains(k.Key.LogSeq)))
                .ToDictionary(k => k.Key, k => k.Value);
        }

        if (keys.Count == 0)
        {
            return QuarantineRetryReport.Nothing with { More = request.All && taken.Count == IUsageProjectorGrain.MaxRetriedPerCall, NextLogSeq = taken[^1].LogSeq, NextEventIndex = taken[^1].EventIndex };
        }

        inputs = inputs with { Retried = keys };
        var found = inputs.Uses.Select(u => (u.LogSeq, u.EventIndex)).Concat(inputs.RowFailures.Select(r => (r.LogSeq, r.EventIndex))).ToHashSet();
        if (keys.Keys.FirstOrDefault(k => k.EventIndex != UseKeys.WholeRow && !found.Contains(k) && !broken.Contains(k.LogSeq)) is { LogSeq: > 0 } lost)
        {
            // Releasing it would drop it unposted: refuse rather than lose a use.
            throw new UnreachableException($"quarantined use ({lost.LogSeq}, {lost.EventIndex}) is not a counted event of its log row");
        }

        var now = context.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var built = RoundBuilder.Build(inputs, inputs.RatingFailures, null, now, context.Failures);
        var (committed, final) = await CommitIsolation.CommitAsync(stores, context.Failures, inputs, built, now, cancellationToken);
        var last = taken[^1];
        var more = request.All && taken.Count == IUsageProjectorGrain.MaxRetriedPerCall;
        if (!committed)
        {
            return new QuarantineRetryReport(keys.Count, 0, 0, true, more, last.LogSeq, last.EventIndex);
        }

        context.Metrics.Projected(final.Statuses);
        var still = final.Commit.Quarantined.Count;
        return new QuarantineRetryReport(keys.Count, inputs.Uses.Count - final.Failures.Count, still, false, more, last.LogSeq, last.EventIndex);
    }

    private async Task<IReadOnlyList<QuarantinedUse>> TakeAsync(QuarantineRetryRequest request, CancellationToken cancellationToken)
    {
        if (request.All)
        {
            return await stores.Quarantine.ListQuarantinedAsync(request.LogSeq, request.EventIndex, IUsageProjectorGrain.MaxRetriedPerCall, cancellationToken);
        }

        return await stores.Quarantine.GetQuarantinedAsync(request.LogSeq, request.EventIndex, cancellationToken) is { } one ? [one] : [];
    }
}
