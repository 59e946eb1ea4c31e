using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// The partition one projector activation owns (its grain key) and the ledger's partitioning (docs/partitions.md):
/// which works' uses, totals, re-ratings and journal entries it writes.
/// </summary>
internal sealed record ProjectorPartition(int Number, LedgerPartitioning Partitioning)
{
    /// <summary>True when the work key (a work id, or a suspense key) is this partition's.</summary>
    public bool Owns(string workKey) => Partitioning.PartitionOf(workKey) == Number;

    /// <summary>The partition a use is projected in: its work's when resolved to one, else its suspense key's.</summary>
    public int Of(LoggedUse use, string? resolvedWorkId) =>
        Partitioning.PartitionOf(WorkKeys.Of(use.WorkId, use.Ref, resolvedWorkId));

    /// <summary>Partition 0 of a partitioned ledger files rows queued before partitions and matches suspense for all.</summary>
    public bool IsFirst => Number == 0;
}
