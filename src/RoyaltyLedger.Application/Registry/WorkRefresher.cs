using RoyaltyLedger.Grains.Abstractions.Licensing;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Application.Licensing;
using RoyaltyLedger.Application.Rerate;

namespace RoyaltyLedger.Application.Registry;

/// <summary>
/// Tells work grains that facts their licence-check snapshots were built from changed: a licence, a consent, a
/// society membership or a society's unlicensed tariffs.
/// </summary>
public sealed class WorkRefresher(ILicenceStore store, IGrainFactory grains, IRerateStore rerates, TimeProvider clock)
{
    /// <summary>At most this many work grains are refreshed at once, so a catalogue of 100,000 works does not flood the cluster.</summary>
    public const int MaxConcurrentRefreshes = 64;

    /// <summary>Refreshes the works the licence covers and returns them.</summary>
    public async Task<IReadOnlyList<string>> RefreshCoveredAsync(LicenceRecord licence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(licence);
        var works = licence.IsCatalogue
            ? await store.WorksOfPartyAsync(licence.LicensorId, WorkRelations.Rightsholder, cancellationToken)
            : licence.WorkIds;
        await RefreshAsync(works, cancellationToken);
        return works;
    }

    /// <summary>After a creator's consent changed: the one work it names, or every work the creator contributed to.</summary>
    public async Task RefreshForConsentAsync(string creatorId, string? workId, CancellationToken cancellationToken)
    {
        var works = string.IsNullOrEmpty(workId)
            ? await store.WorksOfPartyAsync(creatorId, WorkRelations.Contributor, cancellationToken)
            : [workId];
        await RefreshAndHealAsync(works, cancellationToken);
    }

    /// <summary>After a creator joined a society: every work the creator contributed to, whose unlicensed tariffs may change.</summary>
    public Task RefreshForMembershipAsync(string creatorId, CancellationToken cancellationToken) =>
        RefreshForConsentAsync(creatorId, null, cancellationToken);

    /// <summary>
    /// After an effective-dated fact changed (a consent, a membership, a society's tariff): refreshes the works and
    /// queues the re-rating of those with uses. A change applies from when it was recorded, so for uses rated after the
    /// refresh the re-rating finds nothing to post; it heals the ratings that could not see the change yet (a use dated
    /// at or after the change rated by a snapshot built before it, or an event dated ahead of the clock) and those a
    /// change reaching back concerns (a first grant, membership or tariff), so that the journal always equals the log
    /// rated as of each use's time (`royalty ledger rebuild --from-log`).
    /// </summary>
    public async Task RefreshAndHealAsync(IReadOnlyList<string> workIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workIds);
        await RefreshAsync(workIds, cancellationToken);
        await rerates.EnqueueRerateIfUsedAsync(workIds, RerateReasons.RegistryChanged, clock.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
    }

    /// <summary>Refreshes the works, at most <see cref="MaxConcurrentRefreshes"/> at once.</summary>
    public Task RefreshAsync(IReadOnlyList<string> workIds, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(workIds, new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentRefreshes, CancellationToken = cancellationToken },
            async (workId, _) => await grains.GetGrain<IWorkGrain>(workId).Refresh());
}
