using RoyaltyLedger.Application.StatementProofs;
using RoyaltyLedger.Domain.Log;

namespace RoyaltyLedger.Server.Tests.StatementProofs;

/// <summary>
/// Signs each partition's log at its current size over the leaves the store reads, with a test key: what the
/// transparency log's head source does (docs/transparency-log.md), so that these tests do not depend on its chore.
/// </summary>
internal sealed class TestHeadSource(IStatementProofStore store, LogSigningKey key) : ISignedHeadSource
{
    public async Task<SignedTreeHead> HeadCoveringAsync(int partition, long minimumSize, CancellationToken cancellationToken)
    {
        var leaves = await store.ReadPartitionLeavesAsync(partition, long.MaxValue, cancellationToken);
        var hashes = leaves.Select(l => LogLeaf.Hash(partition, l.EntryNo, l.Hash)).ToList();
        Assert.True(hashes.Count >= minimumSize, $"partition {partition} has {hashes.Count} entries, fewer than the {minimumSize} asked for");
        return key.Sign(partition, hashes.Count, LogTree.Root(hashes, hashes.Count), 1_795_100_000_000);
    }
}
