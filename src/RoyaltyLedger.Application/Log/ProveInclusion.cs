using RoyaltyLedger.Application.Journal;
using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Log;

namespace RoyaltyLedger.Application.Log;

/// <summary>
/// Inclusion proofs of journal entries in their partition's log: one entry (<c>royalty log prove</c>, evidence of a
/// removal), or many against one signed head (a statement with proofs), reading the log once.
/// </summary>
public sealed class ProveInclusion(ITransparencyLogStore store, IJournalStore journal, SignTreeHeads heads, LedgerPartitioning partitioning)
{
    /// <summary>Entries <see cref="ProveManyAsync"/> proves at most per call.</summary>
    public const int MaxEntriesPerCall = 10_000;

    /// <summary>
    /// Entry <paramref name="entryNo"/> of <paramref name="partition"/> with its proof in the tree of
    /// <paramref name="treeSize"/> leaves (0: the latest signed head's, signing one when none covers the entry).
    /// </summary>
    public async Task<LogInclusion> ProveAsync(int partition, long entryNo, long treeSize, CancellationToken cancellationToken)
    {
        LogRequests.CheckPartition(partitioning, partition);
        if (treeSize < 0)
        {
            throw new InvalidRequestException("tree_size", $"tree_size {treeSize} is negative");
        }

        var entry = await ReadEntryAsync(partition, entryNo, cancellationToken).ConfigureAwait(false);
        var log = await store.ReadLogAsync(partition, cancellationToken).ConfigureAwait(false);
        var index = log.LeafIndexOf(entryNo);
        if (index < 0)
        {
            throw new NotFoundException($"journal entry {entryNo} is not in partition {partition}'s log");
        }

        SignedTreeHead? head;
        if (treeSize == 0)
        {
            head = await heads.EnsureCoveringAsync(partition, index + 1, cancellationToken).ConfigureAwait(false);
            treeSize = head.TreeSize;
        }
        else
        {
            LogRequests.CheckSize("tree_size", treeSize, log.Size, partition);
            if (index >= treeSize)
            {
                throw new InvalidRequestException("tree_size", $"tree_size {treeSize} does not cover entry {entryNo}, leaf {index} of partition {partition}");
            }

            head = await store.FindHeadAsync(partition, treeSize, cancellationToken).ConfigureAwait(false);
        }

        if (treeSize > log.Size)
        {
            // The head was signed over more entries than the journal now holds: history was cut since.
            throw new PreconditionFailedException($"partition {partition}'s signed head covers {treeSize} entries but its journal holds {log.Size}; run VerifyJournal");
        }

        return new LogInclusion(partition, entry, index, treeSize, LogTree.InclusionProof(log.LeafHashes, index, treeSize), head);
    }

    /// <summary>
    /// Proofs of the entries <paramref name="entryNos"/> of <paramref name="head"/>'s partition in the tree of the head's
    /// size, by entry number; the entries' contents are the caller's to read. Entries the head does not cover, or not in
    /// the partition, are refused naming them.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, (long LeafIndex, IReadOnlyList<byte[]> Path)>> ProveManyAsync(
        SignedTreeHead head, IReadOnlyCollection<long> entryNos, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(entryNos);
        LogRequests.CheckPartition(partitioning, head.Partition);
        if (entryNos.Count > MaxEntriesPerCall)
        {
            throw new InvalidRequestException("entry_nos", $"{entryNos.Count} entries to prove at once, at most {MaxEntriesPerCall}");
        }

        var log = await store.ReadLogAsync(head.Partition, cancellationToken).ConfigureAwait(false);
        if (head.TreeSize > log.Size)
        {
            throw new PreconditionFailedException($"partition {head.Partition}'s signed head covers {head.TreeSize} entries but its journal holds {log.Size}; run VerifyJournal");
        }

        var proofs = new Dictionary<long, (long, IReadOnlyList<byte[]>)>();
        foreach (var entryNo in entryNos.Distinct())
        {
            var index = log.LeafIndexOf(entryNo);
            if (index < 0 || index >= head.TreeSize)
            {
                throw new NotFoundException($"journal entry {entryNo} is not among the {head.TreeSize} entries of partition {head.Partition}'s head");
            }

            proofs[entryNo] = (index, LogTree.InclusionProof(log.LeafHashes, index, head.TreeSize));
        }

        return proofs;
    }

    private async Task<JournalEntry> ReadEntryAsync(int partition, long entryNo, CancellationToken cancellationToken)
    {
        if (entryNo < 1)
        {
            throw new InvalidRequestException("entry_no", $"entry_no {entryNo} is not an entry number (1 or more)");
        }

        var found = await store.FindEntryPartitionAsync(entryNo, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException($"journal entry {entryNo} does not exist");
        if (found != partition)
        {
            throw new InvalidRequestException("partition", $"journal entry {entryNo} is in partition {found}, not {partition}");
        }

        var entries = await journal.ReadEntriesAsync(entryNo, 1, cancellationToken).ConfigureAwait(false);
        return entries is [{ } entry] && entry.EntryNo == entryNo
            ? entry
            : throw new NotFoundException($"journal entry {entryNo} does not exist");
    }
}
