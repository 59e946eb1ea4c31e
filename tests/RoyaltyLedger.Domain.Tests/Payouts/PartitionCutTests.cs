using System.Security.Cryptography;
using RoyaltyLedger.Domain.Payouts;

namespace RoyaltyLedger.Domain.Tests.Payouts;

public sealed class PartitionCutTests
{
    private static byte[] Hash(string text) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Root_OnePartition_IsTheLeafHashOfItsHead()
    {
        var head = Hash("head");

        Assert.Equal(MerkleTree.LeafHash(head), PartitionCut.Root([head]));
    }

    [Fact]
    public void Root_ThreePartitions_IsTheRfc9162RootOverTheHeadsInPartitionOrder()
    {
        byte[][] heads = [Hash("p0"), new byte[32], Hash("p2")];
        var expected = MerkleTree.NodeHash(MerkleTree.NodeHash(MerkleTree.LeafHash(heads[0]), MerkleTree.LeafHash(heads[1])), MerkleTree.LeafHash(heads[2]));

        Assert.Equal(expected, PartitionCut.Root(heads));
        Assert.NotEqual(expected, PartitionCut.Root([heads[1], heads[0], heads[2]]));
    }

    [Fact]
    public void Root_HeadOfWrongSize_NamesThePartition()
    {
        var error = Assert.Throws<ArgumentException>(() => PartitionCut.Root([Hash("p0"), new byte[31]]));

        Assert.Equal("partition 1's head hash must be 32 bytes (Parameter 'headHashes')", error.Message);
    }

    [Fact]
    public void Root_NoPartitions_IsRefused() => Assert.Throws<ArgumentOutOfRangeException>(() => PartitionCut.Root([]));
}
