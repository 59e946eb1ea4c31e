using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Application.Rerate;

/// <summary>
/// Re-rating past uses: a durable queue of works to re-rate, the log rows that hold each work's uses, and the commit
/// that posts the difference between what the uses are rated at now and what the journal holds for them.
/// </summary>
public interface IRerateStore
{
    /// <summary>Asks for the works' past uses to be rated again; a work already waiting keeps its place and takes the new reason.</summary>
    Task EnqueueRerateAsync(IReadOnlyCollection<string> workIds, string reason, long requestedAtUnixMs, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="EnqueueRerateAsync"/>, but only for works that have projected uses, or while usage waits to be
    /// projected: a licence granted before any use of its works needs no re-rating.
    /// </summary>
    Task EnqueueRerateIfUsedAsync(IReadOnlyCollection<string> workIds, string reason, long requestedAtUnixMs, CancellationToken cancellationToken);

    /// <summary>The oldest requests for works of <paramref name="partition"/>, at most <paramref name="limit"/> (fewer when requests not filed under a partition belong to others).</summary>
    Task<IReadOnlyList<RerateRequest>> PeekRerateRequestsAsync(int partition, int limit, CancellationToken cancellationToken);

    /// <summary>The work's log rows after <paramref name="afterLogSeq"/>, in order, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<long>> ReadWorkLogAsync(string workId, long afterLogSeq, int limit, CancellationToken cancellationToken);

    /// <summary>The given log rows with their payloads and counted masks (whether pending or projected).</summary>
    Task<IReadOnlyList<PendingBatch>> ReadLogRowsAsync(IReadOnlyCollection<long> logSeqs, CancellationToken cancellationToken);

    /// <summary>Suspense's rows among the given log rows: the work each was matched to, or null while it waits.</summary>
    Task<IReadOnlyDictionary<(long LogSeq, int EventIndex), string?>> ReadSuspenseAsync(IReadOnlyCollection<long> logSeqs, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: checks that the work's log rows are still those the re-rating read (else returns
    /// <see cref="RerateOutcome.Conflicted"/> having changed nothing), posts the difference between
    /// <see cref="RerateCommit.Should"/> and what the journal's usage and adjustment entries hold for the work as an
    /// adjustment entry, replaces the work's usage totals, and takes the request off the queue unless it was asked again.
    /// </summary>
    Task<RerateOutcome> CommitRerateAsync(RerateCommit commit, CancellationToken cancellationToken);
}
