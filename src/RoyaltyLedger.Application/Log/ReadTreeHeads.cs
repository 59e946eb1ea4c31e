using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Log;

namespace RoyaltyLedger.Application.Log;

/// <summary>Reads the signed tree heads of a partition and the log's public key.</summary>
public sealed class ReadTreeHeads(ITransparencyLogStore store, LogKeyring keyring, LedgerPartitioning partitioning)
{
    public const int DefaultPageSize = 100;

    public Task<LogPublicKey> GetKeyAsync(CancellationToken cancellationToken) => keyring.GetPublicKeyAsync(cancellationToken);

    /// <summary>The partition's newest head; <see cref="NotFoundException"/> when none was signed yet.</summary>
    public async Task<SignedTreeHead> GetLatestAsync(int partition, CancellationToken cancellationToken)
    {
        LogRequests.CheckPartition(partitioning, partition);
        return await store.FindLatestHeadAsync(partition, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException($"partition {partition} has no signed tree head yet: its log is empty or the next signing has not run");
    }

    /// <summary>A page of heads, largest size first, below <paramref name="beforeSize"/> (0: from the newest).</summary>
    public async Task<(IReadOnlyList<SignedTreeHead> Heads, long NextBeforeSize)> ListAsync(
        int partition, int pageSize, long beforeSize, CancellationToken cancellationToken)
    {
        LogRequests.CheckPartition(partitioning, partition);
        if (pageSize is < 0 or > ITransparencyLogStore.MaxHeadsPerRead)
        {
            throw new InvalidRequestException("page_size", $"page_size {pageSize} is outside 0 to {ITransparencyLogStore.MaxHeadsPerRead} (0 means {DefaultPageSize})");
        }

        if (beforeSize < 0)
        {
            throw new InvalidRequestException("before_size", $"before_size {beforeSize} is negative");
        }

        var limit = pageSize == 0 ? DefaultPageSize : pageSize;
        var heads = await store.ListHeadsAsync(partition, beforeSize, limit + 1, cancellationToken).ConfigureAwait(false);
        var page = heads.Take(limit).ToList();
        // The next page starts below the last size shown; sizes are signed once unless a head is signed again at the
        // same size, and such a twin past the page's end is the one head a page may skip.
        return (page, heads.Count > limit && page.Count > 0 ? page[^1].TreeSize : 0);
    }
}
