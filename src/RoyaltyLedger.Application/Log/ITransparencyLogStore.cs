using RoyaltyLedger.Domain.Log;

namespace RoyaltyLedger.Application.Log;

/// <summary>
/// The transparency log's storage: the journal's entries read as each partition's log, the signed tree heads, and the
/// signing key's seed when the database holds it (docs/transparency-log.md).
/// </summary>
public interface ITransparencyLogStore
{
    /// <summary>Heads <see cref="ListHeadsAsync"/> returns at most.</summary>
    const int MaxHeadsPerRead = 1_000;

    /// <summary>The partition's entries in entry number order (its log's leaves, in order): every one of them.</summary>
    Task<PartitionLog> ReadLogAsync(int partition, CancellationToken cancellationToken);

    /// <summary>How many entries the partition holds: its log's size.</summary>
    Task<long> CountEntriesAsync(int partition, CancellationToken cancellationToken);

    /// <summary>The partition of journal entry <paramref name="entryNo"/>, or null when there is no such entry.</summary>
    Task<int?> FindEntryPartitionAsync(long entryNo, CancellationToken cancellationToken);

    /// <summary>Stores a signed head; storing the same head again changes nothing.</summary>
    Task SaveHeadAsync(SignedTreeHead head, CancellationToken cancellationToken);

    /// <summary>The partition's head of the largest size (the newest of that size), or null when none was signed.</summary>
    Task<SignedTreeHead?> FindLatestHeadAsync(int partition, CancellationToken cancellationToken);

    /// <summary>The newest head of exactly <paramref name="treeSize"/> leaves, or null.</summary>
    Task<SignedTreeHead?> FindHeadAsync(int partition, long treeSize, CancellationToken cancellationToken);

    /// <summary>Heads with a size below <paramref name="beforeSize"/> (all when 0), largest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<SignedTreeHead>> ListHeadsAsync(int partition, long beforeSize, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// The stored signing seed; when none is stored, stores <paramref name="candidate"/> and returns it. Of two servers
    /// starting at once, both end with the one seed stored first.
    /// </summary>
    Task<byte[]> GetOrAddSigningSeedAsync(byte[] candidate, long createdAtUnixMs, CancellationToken cancellationToken);
}
