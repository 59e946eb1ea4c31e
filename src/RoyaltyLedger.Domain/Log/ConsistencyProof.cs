using System.Security.Cryptography;
using RoyaltyLedger.Domain.Payouts;

namespace RoyaltyLedger.Domain.Log;

/// <summary>
/// Consistency proofs between two sizes of one log (RFC 9162 sections 2.1.4.1 and 2.1.4.2): the proof that the tree of
/// the first <c>first</c> leaves is a prefix of the tree of <c>second</c> leaves, so whoever holds an old head can check
/// that nothing under it changed. Sizes run 1 ≤ first ≤ second; equal sizes have the empty proof and consistent heads
/// have equal roots.
/// </summary>
public static class ConsistencyProof
{
    /// <summary>The proof that the first <paramref name="first"/> leaves are a prefix of the first <paramref name="second"/>.</summary>
    public static IReadOnlyList<byte[]> Generate(IReadOnlyList<byte[]> leaves, long first, long second)
    {
        LogTree.CheckSize(leaves, second);
        ArgumentOutOfRangeException.ThrowIfLessThan(first, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first, second);
        var proof = new List<byte[]>();
        SubProof(leaves, (int)first, 0, (int)second, complete: true, proof);
        return proof;
    }

    /// <summary>Whether <paramref name="proof"/> shows the tree of <paramref name="first"/> leaves under <paramref name="firstRoot"/> is a prefix of the tree of <paramref name="second"/> leaves under <paramref name="secondRoot"/>.</summary>
    public static bool Verify(long first, long second, byte[] firstRoot, byte[] secondRoot, IReadOnlyList<byte[]> proof)
    {
        ArgumentNullException.ThrowIfNull(firstRoot);
        ArgumentNullException.ThrowIfNull(secondRoot);
        ArgumentNullException.ThrowIfNull(proof);
        if (first < 1 || first > second || firstRoot.Length != 32 || secondRoot.Length != 32)
        {
            return false;
        }

        if (first == second)
        {
            return proof.Count == 0 && CryptographicOperations.FixedTimeEquals(firstRoot, secondRoot);
        }

        var path = IsPowerOfTwo(first) ? [firstRoot, .. proof] : proof.ToList();
        if (path.Count == 0 || path.Any(p => p is not { Length: 32 }))
        {
            return false;
        }

        var (fn, sn) = (first - 1, second - 1);
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        var (fr, sr) = (path[0], path[0]);
        foreach (var c in path.Skip(1))
        {
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                fr = MerkleTree.NodeHash(c, fr);
                sr = MerkleTree.NodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                sr = MerkleTree.NodeHash(sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && CryptographicOperations.FixedTimeEquals(fr, firstRoot) && CryptographicOperations.FixedTimeEquals(sr, secondRoot);
    }

    private static bool IsPowerOfTwo(long value) => (value & (value - 1)) == 0;

    private static void SubProof(IReadOnlyList<byte[]> leaves, int m, int start, int count, bool complete, List<byte[]> proof)
    {
        if (m == count)
        {
            if (!complete)
            {
                proof.Add(MerkleTree.Subtree(leaves, start, count));
            }

            return;
        }

        var k = MerkleTree.SplitPoint(count);
        if (m <= k)
        {
            SubProof(leaves, m, start, k, complete, proof);
            proof.Add(MerkleTree.Subtree(leaves, start + k, count - k));
        }
        else
        {
            SubProof(leaves, m - k, start + k, count - k, complete: false, proof);
            proof.Add(MerkleTree.Subtree(leaves, start, k));
        }
    }
}
