using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Grains.Abstractions.Projection;
using static System.FormattableString;

namespace RoyaltyLedger.Application.Quarantine;

/// <summary>
/// Hands quarantined uses back to the projector, one or all of them; a use that fails again stays quarantined. A retry
/// that meets another retry or projector round over the same uses posts nothing and says so.
/// </summary>
public sealed class RetryQuarantinedUses(IQuarantineStore quarantine, IGrainFactory grains)
{
    /// <summary>Grain calls one retry of all uses makes at most, each over up to 1,000 uses.</summary>
    public const int MaxRetryCallsPerRequest = 20;

    public async Task<QuarantineRetryTotals> RetryOneAsync(long logSeq, int eventIndex, CancellationToken cancellationToken)
    {
        if (await quarantine.GetQuarantinedAsync(logSeq, eventIndex, cancellationToken) is null)
        {
            throw new NotFoundException(Invariant($"no use is quarantined at log position (log_seq {logSeq}, event {eventIndex})"));
        }

        var totals = Add(new QuarantineRetryTotals(0, 0, 0, 0), await Projector.RetryQuarantined(new QuarantineRetryRequest(false, logSeq, eventIndex)));
        return totals with { Remaining = (await quarantine.SummarizeQuarantineAsync(cancellationToken)).Count };
    }

    public async Task<QuarantineRetryTotals> RetryAllAsync(CancellationToken cancellationToken)
    {
        var totals = new QuarantineRetryTotals(0, 0, 0, 0);
        var (logSeq, eventIndex) = (0L, 0);
        for (var call = 0; call < MaxRetryCallsPerRequest; call++)
        {
            var report = await Projector.RetryQuarantined(new QuarantineRetryRequest(true, logSeq, eventIndex));
            totals = Add(totals, report);
            if (!report.More)
            {
                break;
            }

            (logSeq, eventIndex) = (report.NextLogSeq, report.NextEventIndex);
        }

        return totals with { Remaining = (await quarantine.SummarizeQuarantineAsync(cancellationToken)).Count };
    }

    private IUsageProjectorGrain Projector => grains.GetGrain<IUsageProjectorGrain>(IUsageProjectorGrain.Key);

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
