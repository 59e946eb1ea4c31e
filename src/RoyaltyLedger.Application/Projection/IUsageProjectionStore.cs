
namespace RoyaltyLedger.Application.Projection;

/// <summary>
/// The usage projection's tables: the pending queue over <c>usage_log</c>, the running <c>usage_totals</c>, the
/// suspense of <c>unidentified_usage</c> and the <c>work_identifiers</c> index. Each commit is one transaction
/// that checks, in the database, that no other projector got there first.
/// </summary>
public interface IUsageProjectionStore
{
    /// <summary>
    /// The oldest log rows pending in <paramref name="partition"/> numbered after <paramref name="afterLogSeq"/> (0: all), at
    /// most <paramref name="maxBatches"/>, cut after the row that brings the counted events to <paramref name="maxEvents"/>
    /// or more (the first row is always returned). Each carries that partition's counted events and mask; a row queued
    /// before partitions carries the log row's.
    /// </summary>
    Task<IReadOnlyList<PendingBatch>> ReadPendingAsync(int partition, int maxBatches, long maxEvents, long afterLogSeq, CancellationToken cancellationToken);

    /// <summary>How many log rows wait to be projected in <paramref name="partition"/>: its projector's lag.</summary>
    Task<long> CountPendingAsync(int partition, CancellationToken cancellationToken);

    /// <summary>The oldest rows queued before partitions (no mask of their own), at most <paramref name="limit"/>, with the log row's counted events.</summary>
    Task<IReadOnlyList<PendingBatch>> ReadUnfiledAsync(int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces a row queued before partitions by one row per partition, in one transaction; false, having changed
    /// nothing, when it was already filed or projected.
    /// </summary>
    Task<bool> FileAsync(long logSeq, IReadOnlyList<(int Partition, int Counted, byte[] Mask)> rows, CancellationToken cancellationToken);

    /// <summary>The registered work carrying each identifier that one carries; identifiers nobody carries are absent.</summary>
    Task<IReadOnlyDictionary<WorkRef, string>> FindWorksByIdentifierAsync(IReadOnlyCollection<WorkRef> identifiers, CancellationToken cancellationToken);

    /// <summary>
    /// Applies a round in one transaction: deletes its pending rows, adds its totals, inserts its suspense rows.
    /// Returns false, having changed nothing, when any of the pending rows was already gone (another projector
    /// committed it).
    /// </summary>
    Task<bool> CommitRoundAsync(ProjectionCommit commit, CancellationToken cancellationToken);

    /// <summary>
    /// Events in suspense, oldest first, whose work id is now a registered work or whose identifier a registered
    /// work now carries (identifiers are matched only for events that named no work id).
    /// </summary>
    Task<IReadOnlyList<SuspenseCandidate>> FindSuspenseMatchesAsync(int limit, CancellationToken cancellationToken);

    /// <summary>The stored payloads of the given log rows, pending or not.</summary>
    Task<IReadOnlyDictionary<long, byte[]>> ReadPayloadsAsync(IReadOnlyCollection<long> logSeqs, CancellationToken cancellationToken);

    /// <summary>
    /// Moves events out of suspense in one transaction. Returns false, having changed nothing, when any of them was
    /// already matched (another projector committed it).
    /// </summary>
    Task<bool> CommitMatchesAsync(MatchCommit commit, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the work carries the identifiers, so that usage naming them is matched to it. Idempotent; an
    /// identifier already held by another work stays with that work. Returns how many were new.
    /// </summary>
    Task<int> IndexWorkIdentifiersAsync(string workId, IReadOnlyCollection<WorkRef> identifiers, CancellationToken cancellationToken);
}
