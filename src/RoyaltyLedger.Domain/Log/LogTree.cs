using System.Security.Cryptography;
using RoyaltyLedger.Domain.Payouts;

namespace RoyaltyLedger.Domain.Log;

/// <summary>
/// Roots and inclusion proofs of the first <c>size</c> leaves of a log (RFC 9162 section 2.1, the shapes of
/// <see cref="MerkleTree"/>), so a head of any past size can be recomputed from the leaves of a larger log. Each call
/// hashes the whole prefix: O(size) hashes (docs/transparency-log.md gives the cost measured at 1,000,000 leaves).
/// </summary>
public static class LogTree
{
    /// <summary>The root over the first <paramref name="size"/> leaf hashes; SHA-256 of nothing for size 0.</summary>
    public static byte[] Root(IReadOnlyList<byte[]> leaves, long size)
    {
        CheckSize(leaves, size);
        return size == 0 ? SHA256.HashData([]) : MerkleTree.Subtree(leaves, 0, (int)size);
    }

    /// <summary>The inclusion proof (RFC 9162 2.1.3.1) of leaf <paramref name="index"/> in the tree of the first <paramref name="size"/> leaves.</summary>
    public static IReadOnlyList<byte[]> InclusionProof(IReadOnlyList<byte[]> leaves, long index, long size)
    {
        CheckSize(leaves, size);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, size);
        var path = new List<byte[]>();
        MerkleTree.Path(leaves, (int)index, 0, (int)size, path);
        return path;
    }

    /// <summary>Whether <paramref name="leafHash"/> is leaf <paramref name="index"/> of the tree of <paramref name="size"/> leaves under <paramref name="root"/> (RFC 9162 2.1.3.2).</summary>
    public static bool VerifyInclusion(byte[] leafHash, long index, long size, IReadOnlyList<byte[]> proof, byte[] root) =>
        leafHash is { Length: 32 } && MerkleTree.VerifyInclusion(leafHash, index, size, proof, root);

    internal static void CheckSize(IReadOnlyList<byte[]> leaves, long size)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, leaves.Count);
    }
}
