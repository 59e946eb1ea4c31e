using RoyaltyLedger.Domain.Log;

namespace RoyaltyLedger.Application.Log;

/// <summary>A partition's log as read from the journal: its entries' numbers and hashes, in entry number order.</summary>
public sealed class PartitionLog
{
    public PartitionLog(int partition, long[] entryNos, byte[][] entryHashes)
    {
        ArgumentNullException.ThrowIfNull(entryNos);
        ArgumentNullException.ThrowIfNull(entryHashes);
        if (entryNos.Length != entryHashes.Length)
        {
            throw new ArgumentException($"{entryNos.Length} entry numbers but {entryHashes.Length} hashes", nameof(entryHashes));
        }

        Partition = partition;
        EntryNos = entryNos;
        LeafHashes = [.. entryNos.Select((n, i) => LogLeaf.Hash(partition, n, entryHashes[i]))];
    }

    public int Partition { get; }

    public long[] EntryNos { get; }

    /// <summary>The leaves' hashes (<see cref="LogLeaf.Hash"/>), leaf i for the i-th entry.</summary>
    public IReadOnlyList<byte[]> LeafHashes { get; }

    public long Size => EntryNos.Length;

    /// <summary>The leaf index of entry <paramref name="entryNo"/>, or -1 when the partition has no such entry.</summary>
    public long LeafIndexOf(long entryNo)
    {
        var index = Array.BinarySearch(EntryNos, entryNo);
        return index >= 0 ? index : -1;
    }
}
