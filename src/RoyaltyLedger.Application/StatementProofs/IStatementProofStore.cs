using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Application.StatementProofs;

/// <summary>What a statement with proofs reads from the journal (docs/statement-proofs.md).</summary>
public interface IStatementProofStore
{
    /// <summary>
    /// The party's lines (its own account and its claims) of rating entries (usage, adjustment) whose month of use is
    /// within [<paramref name="periodFrom"/>, <paramref name="periodTo"/>] (an empty bound is open), with their entry and
    /// line numbers, in entry then line order.
    /// </summary>
    Task<IReadOnlyList<CitedJournalLine>> ReadPartyLinesAsync(string partyId, string periodFrom, string periodTo, CancellationToken cancellationToken);

    /// <summary>The entries with these numbers, whole (every line), with their partitions, in entry order.</summary>
    Task<IReadOnlyList<PartitionedEntry>> ReadEntriesAsync(IReadOnlyCollection<long> entryNos, CancellationToken cancellationToken);

    /// <summary>The entry numbers and hashes of the first <paramref name="size"/> entries of a partition (all when fewer), in order: its log's leaves.</summary>
    Task<IReadOnlyList<(long EntryNo, byte[] Hash)>> ReadPartitionLeavesAsync(int partition, long size, CancellationToken cancellationToken);
}
