namespace RoyaltyLedger.Domain.Ledger;

/// <summary>
/// A journal entry as the ledger holds it: numbered consecutively from 1, timed, and chained. <see cref="PrevHash"/>
/// is the previous entry's <see cref="Hash"/> (32 zero bytes for entry 1), and <see cref="Hash"/> is
/// <see cref="JournalHash.Compute"/> over the entry's contents and that previous hash, so that changing any entry
/// breaks its own hash and every later entry's link.
/// </summary>
public sealed record JournalEntry(
    long EntryNo,
    string Kind,
    long RecordedAtUnixMs,
    string Reference,
    IReadOnlyList<PostingLine> Lines,
    byte[] PrevHash,
    byte[] Hash);
