namespace RoyaltyLedger.Domain.StatementProofs;

/// <summary>
/// A journal entry in full, so that its hash can be recomputed (<see cref="Ledger.JournalHash"/>), with its place in its
/// partition's log: leaf <see cref="LeafIndex"/> of the tree of <see cref="TreeSize"/> leaves, proven by
/// <see cref="Path"/> (RFC 9162 inclusion proof, hex) against the file's head of that partition and size.
/// </summary>
public sealed record ProvenEntry(
    long EntryNo,
    int Partition,
    string Kind,
    long RecordedAtUnixMs,
    string Reference,
    string PrevHashHex,
    string HashHex,
    IReadOnlyList<ProvenJournalLine> Lines,
    long LeafIndex,
    long TreeSize,
    IReadOnlyList<string> Path);
