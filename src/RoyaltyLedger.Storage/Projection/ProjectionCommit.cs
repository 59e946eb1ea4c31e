using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Storage.Projection;

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
    long RecordedAtUnixMs);
