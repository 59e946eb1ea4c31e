using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Log;

namespace RoyaltyLedger.Application.Log;

/// <summary>
/// Signs tree heads: of every partition whose log grew since its latest head (the cluster chore, every
/// <see cref="TransparencyLogOptions.HeadInterval"/>), or of one partition on demand when no head covers the entries a
/// caller must prove (a statement with proofs). Heads are signed one at a time per process, and only when the log grew
/// past the latest head, so a burst of demands signs at most one head per growth of the log.
/// </summary>
public sealed class SignTreeHeads(ITransparencyLogStore store, LogKeyring keyring, LedgerPartitioning partitioning, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public void Dispose() => _gate.Dispose();

    /// <summary>Signs a head for every partition whose log holds more entries than its latest head; returns those heads.</summary>
    public async Task<IReadOnlyList<SignedTreeHead>> SignGrownAsync(CancellationToken cancellationToken)
    {
        var signed = new List<SignedTreeHead>();
        for (var partition = 0; partition < partitioning.Count; partition++)
        {
            if (await SignIfBelowAsync(partition, minSize: 1, cancellationToken).ConfigureAwait(false) is { Signed: true } result)
            {
                signed.Add(result.Head!);
            }
        }

        return signed;
    }

    /// <summary>
    /// The latest head of <paramref name="partition"/> when it covers at least <paramref name="minSize"/> leaves, else a
    /// head signed now over the whole log. Fails with <see cref="Outcomes.NotFoundException"/> when the log is shorter.
    /// </summary>
    public async Task<SignedTreeHead> EnsureCoveringAsync(int partition, long minSize, CancellationToken cancellationToken)
    {
        LogRequests.CheckPartition(partitioning, partition);
        var latest = await store.FindLatestHeadAsync(partition, cancellationToken).ConfigureAwait(false);
        if (latest is not null && latest.TreeSize >= minSize)
        {
            return latest;
        }

        var result = await SignIfBelowAsync(partition, minSize, cancellationToken).ConfigureAwait(false);
        return result.Head is { } head && head.TreeSize >= minSize
            ? head
            : throw new Outcomes.NotFoundException($"partition {partition}'s log holds {result.LogSize} entries, fewer than the {minSize} a head must cover");
    }

    private async Task<(bool Signed, SignedTreeHead? Head, long LogSize)> SignIfBelowAsync(int partition, long minSize, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var latest = await store.FindLatestHeadAsync(partition, cancellationToken).ConfigureAwait(false);
            var count = await store.CountEntriesAsync(partition, cancellationToken).ConfigureAwait(false);
            var covered = latest?.TreeSize ?? 0;
            if (count <= covered || count < minSize)
            {
                return (false, latest, count);
            }

            var log = await store.ReadLogAsync(partition, cancellationToken).ConfigureAwait(false);
            var key = await keyring.GetAsync(cancellationToken).ConfigureAwait(false);
            // A head never goes back in time, even when the clock does.
            var now = Math.Max(time.GetUtcNow().ToUnixTimeMilliseconds(), latest?.TimestampUnixMs ?? 0);
            var head = key.Sign(partition, log.Size, LogTree.Root(log.LeafHashes, log.Size), now);
            await store.SaveHeadAsync(head, cancellationToken).ConfigureAwait(false);
            return (true, head, log.Size);
        }
        finally
        {
            _gate.Release();
        }
    }
}
