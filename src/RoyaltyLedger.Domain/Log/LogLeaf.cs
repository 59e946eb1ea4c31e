using System.Buffers.Binary;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Payouts;

namespace RoyaltyLedger.Domain.Log;

/// <summary>
/// A leaf of a partition's transparency log: one journal entry. Leaf i (from 0) of partition p is the (i+1)-th entry
/// of p in entry number order (entry numbers are the journal's one sequence across partitions, so they have gaps within
/// a partition). The leaf's data, hashed as an RFC 9162 leaf (<see cref="MerkleTree.LeafHash"/>):
/// <code>
/// "royaltyledger.log.v1" 0x00    21 bytes, so that a log leaf cannot pass for any other hashed value of the system
/// partition                      int32 big-endian
/// entry_no                       int64 big-endian
/// entry hash                     32 bytes (<see cref="JournalHash"/>, which commits to the entry's content and chain)
/// </code>
/// </summary>
public static class LogLeaf
{
    /// <summary>Bytes of an encoded leaf.</summary>
    public const int Size = 21 + 4 + 8 + JournalHash.Size;

    /// <summary>The prefix that separates log leaves from every other hashed value.</summary>
    public static ReadOnlySpan<byte> DomainPrefix => "royaltyledger.log.v1\0"u8;

    public static byte[] Encode(int partition, long entryNo, ReadOnlySpan<byte> entryHash)
    {
        if (entryHash.Length != JournalHash.Size)
        {
            throw new ArgumentException($"an entry hash has {JournalHash.Size} bytes, not {entryHash.Length}", nameof(entryHash));
        }

        var data = new byte[Size];
        DomainPrefix.CopyTo(data);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(21), partition);
        BinaryPrimitives.WriteInt64BigEndian(data.AsSpan(25), entryNo);
        entryHash.CopyTo(data.AsSpan(33));
        return data;
    }

    /// <summary>The leaf hash of entry <paramref name="entryNo"/> of <paramref name="partition"/>.</summary>
    public static byte[] Hash(int partition, long entryNo, ReadOnlySpan<byte> entryHash) =>
        MerkleTree.LeafHash(Encode(partition, entryNo, entryHash));
}
