using System.Security.Cryptography;
using CsCheck;
using RoyaltyLedger.Domain.Payouts;

namespace RoyaltyLedger.Domain.Tests.Payouts;

public class MerkleTreeTests
{
    private static byte[][] Leaves(int n) => [.. Enumerable.Range(0, n).Select(i => MerkleTree.LeafHash([(byte)i]))];

    [Fact]
    public void Root_ThreeLeaves_SplitsAtTwoAsRfc9162()
    {
        var l = Leaves(3);
        Assert.Equal(MerkleTree.NodeHash(MerkleTree.NodeHash(l[0], l[1]), l[2]), MerkleTree.Root(l));
    }

    [Fact]
    public void LeafHash_IsDomainSeparatedFromNodeHash()
    {
        var l = Leaves(2);
        var concatenated = l[0].Concat(l[1]).ToArray();
        Assert.NotEqual(MerkleTree.NodeHash(l[0], l[1]), MerkleTree.LeafHash(concatenated));
        Assert.Equal(SHA256.HashData([0, 7]), MerkleTree.LeafHash([7]));
    }

    [Fact]
    public void VerifyInclusion_EveryLeafOfEverySizeUpTo33_VerifiesAndRejectsTheWrongLeafIndexOrRoot()
    {
        for (var n = 1; n <= 33; n++)
        {
            var leaves = Leaves(n);
            var root = MerkleTree.Root(leaves);
            for (var i = 0; i < n; i++)
            {
                var proof = MerkleTree.InclusionProof(leaves, i);
                Assert.True(MerkleTree.VerifyInclusion(leaves[i], i, n, proof, root), $"leaf {i} of {n}");
                Assert.False(MerkleTree.VerifyInclusion(MerkleTree.LeafHash([255]), i, n, proof, root), $"forged leaf {i} of {n}");
                Assert.False(MerkleTree.VerifyInclusion(leaves[i], i, n, proof, MerkleTree.LeafHash([254])), $"wrong root, leaf {i} of {n}");
                if (n > 1)
                {
                    Assert.False(MerkleTree.VerifyInclusion(leaves[i], (i + 1) % n, n, proof, root), $"wrong index, leaf {i} of {n}");
                }
            }
        }
    }

    [Fact]
    public void VerifyInclusion_TamperedProof_IsRejected()
    {
        Gen.Int[2, 200].SelectMany(n => Gen.Int[0, n - 1].Select(i => (n, i))).Sample(x =>
        {
            var leaves = Leaves(x.n);
            var proof = MerkleTree.InclusionProof(leaves, x.i).Select(p => (byte[])p.Clone()).ToList();
            proof[0][0] ^= 1;
            Assert.False(MerkleTree.VerifyInclusion(leaves[x.i], x.i, x.n, proof, MerkleTree.Root(leaves)));
        }, iter: 200, seed: "0N0XIzNsQ0O2");
    }
}
