using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Application.Quarantine;

/// <summary>
/// The uses the projector set aside (<c>quarantined_uses</c>). They are written in the transaction of the round or
/// retry that set them aside (<see cref="ProjectionCommit.Quarantined"/>) and leave it in the transaction that posts
/// them (<see cref="ProjectionCommit.Released"/>); the primary key (log_seq, event_index) holds each use once.
/// </summary>
public interface IQuarantineStore
{
    /// <summary>The most uses one page or one retry covers.</summary>
    const int MaxPerPage = 1_000;

    /// <summary>Quarantined uses after the given log position, in log order, at most <paramref name="limit"/> (1 to <see cref="MaxPerPage"/>).</summary>
    Task<IReadOnlyList<QuarantinedUse>> ListQuarantinedAsync(long afterLogSeq, int afterEventIndex, int limit, CancellationToken cancellationToken);

    /// <summary>The quarantined use at this log position, or null.</summary>
    Task<QuarantinedUse?> GetQuarantinedAsync(long logSeq, int eventIndex, CancellationToken cancellationToken);

    /// <summary>How many uses are quarantined and which is oldest.</summary>
    Task<QuarantineSummary> SummarizeQuarantineAsync(CancellationToken cancellationToken);

    /// <summary>The log positions quarantined among the given log rows (a whole row's as <see cref="UseKeys.WholeRow"/>).</summary>
    Task<IReadOnlySet<(long LogSeq, int EventIndex)>> ReadQuarantinedKeysAsync(IReadOnlyCollection<long> logSeqs, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <see cref="IUsageProjectionStore.CommitRoundAsync"/>'s writes in a transaction that is always rolled back,
    /// and says whether they would have committed: how the projector finds which uses make a commit fail.
    /// </summary>
    Task<QuarantineProbe> ProbeRoundAsync(ProjectionCommit commit, CancellationToken cancellationToken);
}
