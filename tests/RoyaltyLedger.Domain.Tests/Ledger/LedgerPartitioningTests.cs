using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Domain.Tests.Ledger;

public sealed class LedgerPartitioningTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(LedgerPartitioning.MaxCount + 1)]
    public void New_CountOutOfRange_NamesSettingAndValue(int count)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new LedgerPartitioning(count));
        Assert.Contains($"Ledger:Partitions is {count}, expected 1 to 64", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(LedgerPartitioning.MaxCount)]
    public void New_CountAtEdges_Accepted(int count) => Assert.Equal(count, new LedgerPartitioning(count).Count);

    [Fact]
    public void Hash_KnownVectors_MatchFnv1a64()
    {
        // The published FNV-1a 64 test vectors: anyone recomputing a partition gets the same number.
        Assert.Equal(0xcbf29ce484222325UL, LedgerPartitioning.Hash(""));
        Assert.Equal(0xaf63dc4c8601ec8cUL, LedgerPartitioning.Hash("a"));
        Assert.Equal(0x85944171f73967e8UL, LedgerPartitioning.Hash("foobar"));
    }

    [Fact]
    public void PartitionOf_SingleOrManyPartitions_StableAndInRange()
    {
        var eight = new LedgerPartitioning(8);
        var seen = new HashSet<int>();
        for (var i = 0; i < 1_000; i++)
        {
            var key = $"work-{i}";
            var partition = eight.PartitionOf(key);
            Assert.InRange(partition, 0, 7);
            Assert.Equal(partition, eight.PartitionOf(key));
            Assert.Equal(0, LedgerPartitioning.One.PartitionOf(key));
            seen.Add(partition);
        }

        Assert.Equal(8, seen.Count);
    }

    [Fact]
    public void PartitionOf_LongAndNonAsciiKeys_HashesUtf8Bytes()
    {
        var eight = new LedgerPartitioning(8);
        var longKey = new string('é', 1_000);
        Assert.Equal((int)(LedgerPartitioning.Hash(longKey) % 8), eight.PartitionOf(longKey));
        Assert.Equal((int)(0x85944171f73967e8UL % 8), eight.PartitionOf("foobar"));
    }
}
