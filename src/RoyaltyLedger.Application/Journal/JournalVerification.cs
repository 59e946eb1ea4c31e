namespace RoyaltyLedger.Application.Journal;

/// <summary>
/// The outcome of checking the journal, every partition's chain and every payout cycle's cut (docs/partitions.md).
/// <see cref="EntriesChecked"/> counts entries read, in each partition up to and including its first broken one;
/// <see cref="HeadEntryNo"/> and <see cref="HeadHashHex"/> are the highest partition head in <c>journal_heads</c> (with
/// one partition, the journal's head). When something is wrong, <see cref="FirstBrokenEntryNo"/> names the entry and
/// <see cref="Problem"/> says what, e.g. "entry 18: prev_hash does not match entry 17's hash (…)"; of several, the
/// lowest entry is named.
/// </summary>
public sealed record JournalVerification(long EntriesChecked, long HeadEntryNo, string HeadHashHex, long? FirstBrokenEntryNo, string? Problem)
{
    public bool Intact => FirstBrokenEntryNo is null;

    /// <summary>Partitions whose chains were checked: partition 0 and every other that holds entries.</summary>
    public int Partitions { get; init; } = 1;

    /// <summary>Payout cycles whose recorded cut was checked.</summary>
    public int PayoutCutsChecked { get; init; }
}
