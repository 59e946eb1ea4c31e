using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Log;

namespace RoyaltyLedger.Application.Log;

/// <summary>Consistency proofs between two sizes of a partition's log, computed from the journal as it is now.</summary>
public sealed class ProveConsistency(ITransparencyLogStore store, LedgerPartitioning partitioning)
{
    public async Task<IReadOnlyList<byte[]>> ProveAsync(int partition, long firstSize, long secondSize, CancellationToken cancellationToken)
    {
        LogRequests.CheckPartition(partitioning, partition);
        var log = await store.ReadLogAsync(partition, cancellationToken).ConfigureAwait(false);
        LogRequests.CheckSize("second_size", secondSize, log.Size, partition);
        LogRequests.CheckSize("first_size", firstSize, secondSize, partition);
        return ConsistencyProof.Generate(log.LeafHashes, firstSize, secondSize);
    }
}
