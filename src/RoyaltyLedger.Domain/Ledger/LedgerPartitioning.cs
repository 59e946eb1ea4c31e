using System.Globalization;
using System.Text;

namespace RoyaltyLedger.Domain.Ledger;

/// <summary>
/// How the ledger is split into partitions (docs/partitions.md). A work's uses, totals, journal entries and re-ratings
/// all live in the partition of its work key: the work id, or, for a use naming a work nobody has registered by id,
/// that id; for a use naming a work only by an identifier nobody has registered, <c>scheme/value</c> of the normalized
/// identifier. So one work's money is always in one partition, each partition's projector and journal chain are
/// independent of the others, and what crosses works (a creator's account, a payout) is a sum over partitions.
/// <para>
/// The partition of a key is the FNV-1a 64-bit hash of its UTF-8 bytes, modulo <see cref="Count"/>: fixed, documented
/// and easy to recompute in any language, so a creator can check which chain holds a work's entries. The count is
/// fixed when a ledger is created; changing it means rebuilding from the usage log into a new database.
/// </para>
/// </summary>
public sealed record LedgerPartitioning
{
    /// <summary>The most partitions a ledger may have: each is a projector grain with its own transaction in flight.</summary>
    public const int MaxCount = 64;

    /// <summary>One partition: the embedded default (SQLite has one writer, so more partitions only add work).</summary>
    public static readonly LedgerPartitioning One = new(1);

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public LedgerPartitioning(int count)
    {
        if (count is < 1 or > MaxCount)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count,
                string.Create(CultureInfo.InvariantCulture, $"Ledger:Partitions is {count}, expected 1 to {MaxCount}"));
        }

        Count = count;
    }

    /// <summary>Number of partitions, 1 to <see cref="MaxCount"/>.</summary>
    public int Count { get; }

    /// <summary>The partitions, 0 to <see cref="Count"/> - 1.</summary>
    public IEnumerable<int> All => Enumerable.Range(0, Count);

    /// <summary>The partition of a work key (a work id, or <c>scheme/value</c> of an unregistered identifier).</summary>
    public int PartitionOf(string workKey)
    {
        ArgumentNullException.ThrowIfNull(workKey);
        return Count == 1 ? 0 : (int)(Hash(workKey) % (ulong)Count);
    }

    /// <summary>FNV-1a 64 over the key's UTF-8 bytes.</summary>
    public static ulong Hash(string workKey)
    {
        ArgumentNullException.ThrowIfNull(workKey);
        Span<byte> small = stackalloc byte[256];
        var max = Encoding.UTF8.GetMaxByteCount(workKey.Length);
        var bytes = max <= small.Length ? small : new byte[max];
        var length = Encoding.UTF8.GetBytes(workKey, bytes);
        var hash = FnvOffset;
        foreach (var b in bytes[..length])
        {
            hash = (hash ^ b) * FnvPrime;
        }

        return hash;
    }
}
