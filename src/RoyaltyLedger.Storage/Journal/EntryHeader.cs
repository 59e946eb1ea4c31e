namespace RoyaltyLedger.Storage.Journal;

/// <summary>A stored entry without its lines, and how many lines it has.</summary>
internal sealed record EntryHeader(long EntryNo, string Kind, long RecordedAtUnixMs, string Reference, byte[] PrevHash, byte[] Hash, long LineCount);
