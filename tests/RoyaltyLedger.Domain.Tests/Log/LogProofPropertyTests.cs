using RoyaltyLedger.Domain.Log;
using RoyaltyLedger.Domain.Payouts;

namespace RoyaltyLedger.Domain.Tests.Log;

/// <summary>
/// Inclusion and consistency proofs over tree sizes 1..10,000: always 1, 2, 3, every power of two and its neighbours, and
/// 10,000, plus sizes drawn with a fixed seed. Each proof verifies, and fails for any flipped bit, a wrong size, a wrong
/// root, or a truncated or extended path.
/// </summary>
public class LogProofPropertyTests
{
    private const int MaxSize = 10_000;

    private static readonly byte[][] AllLeaves =
        [.. Enumerable.Range(0, MaxSize).Select(i => LogLeaf.Hash(i % 3, i + 1, MerkleTree.LeafHash(BitConverter.GetBytes(i))))];

    public static TheoryData<int> Sizes()
    {
        var sizes = new SortedSet<int> { 1, 2, 3, MaxSize };
        for (var p = 2; p <= 8192; p <<= 1)
        {
            sizes.UnionWith([p - 1, p, p + 1]);
        }

        var random = new Random(1609);
        for (var i = 0; i < 12; i++)
        {
            sizes.Add(random.Next(1, MaxSize + 1));
        }

        var data = new TheoryData<int>();
        foreach (var size in sizes)
        {
            data.Add(size);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void VerifyInclusion_SampledLeaves_HoldsAndFailsForEveryTamper(int size)
    {
        var root = LogTree.Root(AllLeaves, size);
        Assert.Equal(MerkleTree.Root(AllLeaves[..size]), root);
        var random = new Random(size);
        foreach (var index in new[] { 0, size - 1, random.Next(size), random.Next(size) }.Distinct())
        {
            var proof = LogTree.InclusionProof(AllLeaves, index, size);
            var leaf = AllLeaves[index];
            Assert.True(LogTree.VerifyInclusion(leaf, index, size, proof, root), $"leaf {index} of {size}");
            for (var e = 0; e < proof.Count; e++)
            {
                Assert.False(LogTree.VerifyInclusion(leaf, index, size, FlipBit(proof, e, random), root), $"leaf {index} of {size}, bit flipped in path[{e}]");
            }

            Assert.False(LogTree.VerifyInclusion(Flip(leaf, random), index, size, proof, root), $"leaf {index} of {size}, bit flipped in the leaf");
            Assert.False(LogTree.VerifyInclusion(leaf, index, size, proof, Flip(root, random)), $"leaf {index} of {size}, bit flipped in the root");
            // RFC 9162 binds a size to its root, not to the path (leaf 0's path is the same in trees of 3 and 4 leaves): a
            // wrong size is a wrong head, the size with its own root.
            if (size < MaxSize)
            {
                Assert.False(LogTree.VerifyInclusion(leaf, index, size + 1, proof, LogTree.Root(AllLeaves, size + 1)), $"leaf {index} of {size} claimed of {size + 1}");
            }

            if (index < size - 1)
            {
                Assert.False(LogTree.VerifyInclusion(leaf, index, size - 1, proof, LogTree.Root(AllLeaves, size - 1)), $"leaf {index} of {size} claimed of {size - 1}");
            }
            Assert.False(LogTree.VerifyInclusion(leaf, index + 1, size, proof, root), $"leaf {index} of {size} claimed as {index + 1}");
            if (proof.Count > 0)
            {
                Assert.False(LogTree.VerifyInclusion(leaf, index, size, proof.Take(proof.Count - 1).ToList(), root), $"leaf {index} of {size}, truncated");
            }

            Assert.False(LogTree.VerifyInclusion(leaf, index, size, [.. proof, root], root), $"leaf {index} of {size}, extended");
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void VerifyConsistency_SampledOlderSizes_HoldsAndFailsForEveryTamper(int second)
    {
        var secondRoot = LogTree.Root(AllLeaves, second);
        var random = new Random(second);
        foreach (var first in new[] { 1, second, Math.Max(1, second - 1), random.Next(1, second + 1), random.Next(1, second + 1) }.Distinct())
        {
            var firstRoot = LogTree.Root(AllLeaves, first);
            var proof = ConsistencyProof.Generate(AllLeaves, first, second);
            var phase = $"{first} -> {second}";
            Assert.True(ConsistencyProof.Verify(first, second, firstRoot, secondRoot, proof), phase);
            for (var e = 0; e < proof.Count; e++)
            {
                Assert.False(ConsistencyProof.Verify(first, second, firstRoot, secondRoot, FlipBit(proof, e, random)), $"{phase}, bit flipped in path[{e}]");
            }

            Assert.False(ConsistencyProof.Verify(first, second, Flip(firstRoot, random), secondRoot, proof), $"{phase}, bit flipped in the old root");
            Assert.False(ConsistencyProof.Verify(first, second, firstRoot, Flip(secondRoot, random), proof), $"{phase}, bit flipped in the new root");
            // A wrong size is a wrong head: the size with its own root (the path alone does not bind the size, RFC 9162).
            if (second < MaxSize)
            {
                Assert.False(ConsistencyProof.Verify(first, second + 1, firstRoot, LogTree.Root(AllLeaves, second + 1), proof), $"{phase} claimed as {first} -> {second + 1}");
            }

            if (first < second)
            {
                Assert.False(ConsistencyProof.Verify(first + 1, second, LogTree.Root(AllLeaves, first + 1), secondRoot, proof), $"{phase} claimed as {first + 1} -> {second}");
            }

            if (first > 1)
            {
                Assert.False(ConsistencyProof.Verify(first - 1, second, LogTree.Root(AllLeaves, first - 1), secondRoot, proof), $"{phase} claimed as {first - 1} -> {second}");
            }

            Assert.False(ConsistencyProof.Verify(first, second, secondRoot, firstRoot, proof) && first != second, $"{phase} with the heads swapped");

            if (proof.Count > 0)
            {
                Assert.False(ConsistencyProof.Verify(first, second, firstRoot, secondRoot, proof.Take(proof.Count - 1).ToList()), $"{phase}, truncated");
            }

            Assert.False(ConsistencyProof.Verify(first, second, firstRoot, secondRoot, [.. proof, secondRoot]), $"{phase}, extended");
        }
    }

    [Fact]
    public void VerifyConsistency_RewrittenLeafBeforeTheOldSize_Fails()
    {
        var rewritten = (byte[][])AllLeaves[..100].Clone();
        rewritten[41] = LogLeaf.Hash(0, 42, new byte[32]);
        var oldRoot = LogTree.Root(AllLeaves, 60);
        var proof = ConsistencyProof.Generate(rewritten, 60, 100);
        Assert.False(ConsistencyProof.Verify(60, 100, oldRoot, LogTree.Root(rewritten, 100), proof));
    }

    [Fact]
    public void Generate_SizesOutOfRange_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConsistencyProof.Generate(AllLeaves, 0, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConsistencyProof.Generate(AllLeaves, 6, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConsistencyProof.Generate(AllLeaves, 1, MaxSize + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => LogTree.InclusionProof(AllLeaves, 5, 5));
        Assert.False(ConsistencyProof.Verify(0, 5, new byte[32], new byte[32], []));
    }

    [Fact]
    public void Generate_Rfc9162Shapes_MatchHandBuiltProofs()
    {
        // The tree of 7 leaves and the RFC 6962 section 2.1.3 examples: PROOF(3, D[7]) = [c, d, g, l].
        var d = AllLeaves[..7];
        var (a, b, c, dd, e, f, g) = (d[0], d[1], d[2], d[3], d[4], d[5], d[6]);
        var h = MerkleTree.NodeHash(c, dd);
        var i = MerkleTree.NodeHash(e, f);
        var k = MerkleTree.NodeHash(i, g);
        var l = MerkleTree.NodeHash(a, b);
        Assert.Equal([c, dd, l, k], ConsistencyProof.Generate(d, 3, 7));
        Assert.Equal([k], ConsistencyProof.Generate(d, 4, 7));
        Assert.Equal([i, g, MerkleTree.NodeHash(l, h)], ConsistencyProof.Generate(d, 6, 7));
        Assert.True(ConsistencyProof.Verify(4, 7, LogTree.Root(d, 4), LogTree.Root(d, 7), [k]));
    }

    private static List<byte[]> FlipBit(IReadOnlyList<byte[]> proof, int element, Random random)
    {
        var copy = proof.ToList();
        copy[element] = Flip(copy[element], random);
        return copy;
    }

    private static byte[] Flip(byte[] hash, Random random)
    {
        var copy = (byte[])hash.Clone();
        var bit = random.Next(copy.Length * 8);
        copy[bit / 8] ^= (byte)(1 << (bit % 8));
        return copy;
    }
}
