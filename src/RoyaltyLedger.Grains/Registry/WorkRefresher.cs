using RoyaltyLedger.Grains.Abstractions.Licensing;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Grains.Registry;

/// <summary>
/// Tells work grains that facts their licence-check snapshots were built from changed: a licence, a consent, a
/// society membership or a society's unlicensed tariffs.
/// </summary>
public sealed class WorkRefresher(ILicenceStore store, IGrainFactory grains)
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
        await RefreshAsync(works, cancellationToken);
    }

    /// <summary>After a creator joined a society: every work the creator contributed to, whose unlicensed tariffs may change.</summary>
    public Task RefreshForMembershipAsync(string creatorId, CancellationToken cancellationToken) =>
        RefreshForConsentAsync(creatorId, null, cancellationToken);

    /// <summary>Refreshes the works, at most <see cref="MaxConcurrentRefreshes"/> at once.</summary>
    public Task RefreshAsync(IReadOnlyList<string> workIds, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(workIds, new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentRefreshes, CancellationToken = cancellationToken },
            async (workId, _) => await grains.GetGrain<IWorkGrain>(workId).Refresh());
}
