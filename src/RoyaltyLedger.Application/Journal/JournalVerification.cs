namespace RoyaltyLedger.Application.Journal;

/// <summary>
/// The outcome of checking the journal. <see cref="EntriesChecked"/> counts entries read, up to and including the
/// first broken one; <see cref="HeadEntryNo"/> and <see cref="HeadHashHex"/> are what <c>journal_head</c> holds.
/// When something is wrong, <see cref="FirstBrokenEntryNo"/> names the entry and <see cref="Problem"/> says what,
/// e.g. "entry 18: prev_hash does not match entry 17's hash (…)".
/// </summary>
public sealed record JournalVerification(long EntriesChecked, long HeadEntryNo, string HeadHashHex, long? FirstBrokenEntryNo, string? Problem)
{
    public bool Intact => FirstBrokenEntryNo is null;
}
