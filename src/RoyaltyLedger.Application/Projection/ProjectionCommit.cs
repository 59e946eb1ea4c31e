using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Application.Quarantine;

namespace RoyaltyLedger.Application.Projection;

/// <summary>
/// One projection round's writes: the log rows it consumed, the totals to add, the events put in suspense, which
/// works' uses each row holds, and the journal entries that post the round's money (recorded at <see cref="RecordedAtUnixMs"/>).
/// </summary>
public sealed record ProjectionCommit(
    IReadOnlyList<long> LogSeqs,
    IReadOnlyList<TotalsDelta> Totals,
    IReadOnlyList<UnidentifiedUse> Unidentified,
    IReadOnlyList<(string WorkId, long LogSeq)> WorkLog,
    IReadOnlyList<JournalEntryDraft> Journal,
    long RecordedAtUnixMs)
{
    /// <summary>The partition whose queue, lock and journal chain the commit writes (docs/partitions.md).</summary>
    public int Partition { get; init; }

    /// <summary>Uses set aside in this commit: inserted, or, when already quarantined (a retry that failed again), updated with the new error.</summary>
    public IReadOnlyList<QuarantinedUse> Quarantined { get; init; } = [];

    /// <summary>
    /// Quarantined uses this commit posts (a retry): their rows are deleted first, and the commit changes nothing when
    /// any of them is already gone, as a round does when its log rows are.
    /// </summary>
    public IReadOnlyList<(long LogSeq, int EventIndex)> Released { get; init; } = [];
}
