using System.Security.Cryptography;

namespace RoyaltyLedger.Domain.Payouts;

/// <summary>
/// The Merkle tree of RFC 9162 (Certificate Transparency 2.0) over SHA-256: a leaf hashes 0x00 || data, an interior
/// node 0x01 || left || right, so a leaf can never pass for a node; a tree of n leaves splits at the largest power of
/// two below n. Inclusion proofs and their verification follow RFC 9162 sections 2.1.3 and 2.1.3.2.
/// </summary>
public static class MerkleTree
{
    public static byte[] LeafHash(ReadOnlySpan<byte> data)
    {
        var buffer = new byte[data.Length + 1];
        data.CopyTo(buffer.AsSpan(1));
        return SHA256.HashData(buffer);
    }

    public static byte[] NodeHash(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> buffer = stackalloc byte[65];
        buffer[0] = 1;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[33..]);
        return SHA256.HashData(buffer);
    }

    /// <summary>The root over leaf hashes; the hash of the empty string for no leaves.</summary>
    public static byte[] Root(IReadOnlyList<byte[]> leaves)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        return leaves.Count == 0 ? SHA256.HashData([]) : Subtree(leaves, 0, leaves.Count);
    }

    /// <summary>The sibling hashes from leaf <paramref name="index"/> up to the root, lowest first.</summary>
    public static IReadOnlyList<byte[]> InclusionProof(IReadOnlyList<byte[]> leaves, int index)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, leaves.Count);
        var path = new List<byte[]>();
        Path(leaves, index, 0, leaves.Count, path);
        return path;
    }

    /// <summary>Whether <paramref name="leafHash"/> is leaf <paramref name="index"/> of a tree of <paramref name="size"/> leaves with <paramref name="root"/>.</summary>
    public static bool VerifyInclusion(byte[] leafHash, long index, long size, IReadOnlyList<byte[]> proof, byte[] root)
    {
        ArgumentNullException.ThrowIfNull(leafHash);
        ArgumentNullException.ThrowIfNull(proof);
        ArgumentNullException.ThrowIfNull(root);
        if (index < 0 || index >= size)
        {
            return false;
        }

        var (fn, sn) = (index, size - 1);
        var r = leafHash;
        foreach (var p in proof)
        {
            if (p is not { Length: 32 } || sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                r = NodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                r = NodeHash(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && CryptographicOperations.FixedTimeEquals(r, root);
    }

    /// <summary>The hash of the subtree over leaves [start, start + count) (count ≥ 1); the log's prefix trees use it too.</summary>
    internal static byte[] Subtree(IReadOnlyList<byte[]> leaves, int start, int count)
    {
        if (count == 1)
        {
            return leaves[start];
        }

        var k = SplitPoint(count);
        return NodeHash(Subtree(leaves, start, k), Subtree(leaves, start + k, count - k));
    }

    internal static void Path(IReadOnlyList<byte[]> leaves, int index, int start, int count, List<byte[]> path)
    {
        if (count == 1)
        {
            return;
        }

        var k = SplitPoint(count);
        if (index < k)
        {
            Path(leaves, index, start, k, path);
            path.Add(Subtree(leaves, start + k, count - k));
        }
        else
        {
            Path(leaves, index - k, start + k, count - k, path);
            path.Add(Subtree(leaves, start, k));
        }
    }

    /// <summary>The largest power of two smaller than <paramref name="count"/> (count ≥ 2).</summary>
    internal static int SplitPoint(long count)
    {
        var k = 1;
        while ((long)k << 1 < count)
        {
            k <<= 1;
        }

        return k;
    }
}
