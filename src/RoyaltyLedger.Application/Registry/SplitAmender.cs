using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Application.Rerate;

namespace RoyaltyLedger.Application.Registry;

/// <summary>
/// Amends a work's splits: the work grain appends the version to its history, then a version that reaches into the
/// past (effective before it was recorded) queues the work's past uses for re-rating. The two steps are not one
/// transaction, so a retry of a version the history already holds queues it again: a crash between them heals on
/// retry, as <c>LicenceIssuer</c> heals a grant. The queue keeps one request per work, and a
/// re-rating that finds nothing to change posts nothing, so queueing twice is harmless where queueing never is not.
/// </summary>
public sealed class SplitAmender(IGrainFactory grains, IRerateStore rerates, TimeProvider clock)
{
    /// <summary>The version of the work's history that <paramref name="amendment"/> repeats (same instant, same contributors), if any.</summary>
    public static SplitVersionRecord? Held(WorkSnapshot work, SplitVersionRecord amendment)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(amendment);
        return work.Splits.LastOrDefault(v => v.EffectiveFrom == amendment.EffectiveFrom && v.Contributors.SequenceEqual(amendment.Contributors));
    }

    /// <summary>Appends the amendment (the grain validates it again) and queues the re-rating it calls for; null when the work is not registered.</summary>
    public async Task<Registration<WorkSnapshot>?> AmendAsync(string workId, SplitVersionRecord amendment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(amendment);
        var result = await grains.GetGrain<IWorkGrain>(workId).AmendSplits(amendment);
        if (result is null)
        {
            return null;
        }

        // Created or Unchanged, the history now holds the version: queue from what it holds (its recording time), so a
        // retry decides as the first call did.
        var held = Held(result.Current, amendment)
            ?? throw new InvalidOperationException($"work {workId} answered {result.Outcome} to a split amendment effective {amendment.EffectiveFrom:O} but does not hold it");
        await QueueIfPastAsync(workId, held, cancellationToken);
        return result;
    }

    /// <summary>
    /// Queues the work for re-rating when <paramref name="held"/> took effect before it was recorded: the uses made in
    /// between were rated under the split before it. Called again by a retry of a version already held.
    /// </summary>
    public async Task QueueIfPastAsync(string workId, SplitVersionRecord held, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(held);
        if (held.EffectiveFrom < held.RecordedAt)
        {
            // Requested now, not when the version was recorded: the queue tells a request made during a re-rating by its time.
            await rerates.EnqueueRerateAsync([workId], $"{RerateReasons.SplitsAmended}: {held.Note}", clock.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
        }
    }
}
