using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Grains.Abstractions.Projection;
using static System.FormattableString;

namespace RoyaltyLedger.Application.Quarantine;

/// <summary>
/// Hands quarantined uses back to the projector, one or all of them; a use that fails again stays quarantined. A retry
/// that meets another retry or projector round over the same uses posts nothing and says so.
/// </summary>
public sealed class RetryQuarantinedUses(IQuarantineStore quarantine, IGrainFactory grains, LedgerPartitioning partitioning)
{
    /// <summary>Grain calls one retry of all uses makes at most, each over up to 1,000 uses.</summary>
    public const int MaxRetryCallsPerRequest = 20;

    public async Task<QuarantineRetryTotals> RetryOneAsync(long logSeq, int eventIndex, CancellationToken cancellationToken)
    {
        if (await quarantine.GetQuarantinedAsync(logSeq, eventIndex, cancellationToken) is null)
        {
            throw new NotFoundException(Invariant($"no use is quarantined at log position (log_seq {logSeq}, event {eventIndex})"));
        }

        var totals = new QuarantineRetryTotals(0, 0, 0, 0);
        foreach (var report in await RetryEveryPartitionAsync(new QuarantineRetryRequest(false, logSeq, eventIndex)))
        {
            totals = Add(totals, report);
        }

        return totals with { Remaining = (await quarantine.SummarizeQuarantineAsync(cancellationToken)).Count };
    }

    public async Task<QuarantineRetryTotals> RetryAllAsync(CancellationToken cancellationToken)
    {
        var totals = new QuarantineRetryTotals(0, 0, 0, 0);
        var (logSeq, eventIndex) = (0L, 0);
        for (var call = 0; call < MaxRetryCallsPerRequest; call++)
        {
            var reports = await RetryEveryPartitionAsync(new QuarantineRetryRequest(true, logSeq, eventIndex));
            totals = reports.Aggregate(totals, Add);
            var more = reports.Where(r => r.More).ToList();
            if (more.Count == 0)
            {
                break;
            }

            // Partitions list the same page unless one released uses before another listed it; the next page starts after
            // the nearest end, so that no partition skips a use (a use may be tried twice in one request, never lost).
            (logSeq, eventIndex) = more.Select(r => (r.NextLogSeq, r.NextEventIndex)).Min();
        }

        return totals with { Remaining = (await quarantine.SummarizeQuarantineAsync(cancellationToken)).Count };
    }

    /// <summary>
    /// Each partition's projector retries the uses of its works (docs/partitions.md), one partition after another so
    /// that their commits do not meet over the same quarantine rows.
    /// </summary>
    private async Task<List<QuarantineRetryReport>> RetryEveryPartitionAsync(QuarantineRetryRequest request)
    {
        var reports = new List<QuarantineRetryReport>(partitioning.Count);
        foreach (var partition in partitioning.All)
        {
            reports.Add(await grains.GetGrain<IUsageProjectorGrain>(partition).RetryQuarantined(request));
        }

        return reports;
    }

    private static QuarantineRetryTotals Add(QuarantineRetryTotals totals, QuarantineRetryReport report) =>
        report.Conflicted
            ? throw new ContendedException("another retry or projector took some of these quarantined uses first; nothing was posted by this one; list the quarantine again")
            : totals with
            {
                Retried = totals.Retried + report.Retried,
                Posted = totals.Posted + report.Posted,
                StillQuarantined = totals.StillQuarantined + report.StillQuarantined,
            };
}
