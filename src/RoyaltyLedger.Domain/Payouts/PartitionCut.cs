namespace RoyaltyLedger.Domain.Payouts;

/// <summary>
/// A payout cycle's consistent cut of a partitioned journal (docs/partitions.md): every partition's head, in partition
/// order from 0, taken while the cycle held every partition's lock. Its root is the Merkle root (<see cref="MerkleTree"/>,
/// RFC 9162) over the heads' entry hashes in partition order, each a leaf (0x00 || hash); a partition with no entries
/// contributes the genesis hash of 32 zero bytes. Each entry hash commits to its number and its whole partition's chain
/// before it, so the root commits to every entry the cycle could see.
/// </summary>
public static class PartitionCut
{
    /// <summary>The root over the heads' hashes, partition 0 first.</summary>
    public static byte[] Root(IReadOnlyList<byte[]> headHashes)
    {
        ArgumentNullException.ThrowIfNull(headHashes);
        ArgumentOutOfRangeException.ThrowIfZero(headHashes.Count);
        var leaves = new List<byte[]>(headHashes.Count);
        for (var p = 0; p < headHashes.Count; p++)
        {
            if (headHashes[p] is not { Length: 32 } hash)
            {
                throw new ArgumentException($"partition {p}'s head hash must be 32 bytes", nameof(headHashes));
            }

            leaves.Add(MerkleTree.LeafHash(hash));
        }

        return MerkleTree.Root(leaves);
    }
}
