namespace RoyaltyLedger.Domain.StatementProofs;

/// <summary>
/// A creator's statement with proofs, as <c>royalty statement --with-proofs</c> and the statement page write it and
/// <c>royalty verify-statement</c> reads it (docs/statement-proofs.md). <see cref="Entries"/> holds each cited journal
/// entry once, in full, with its inclusion proof against one of <see cref="Heads"/>; each of <see cref="Lines"/> cites
/// the entries and the lines in them that make up its amount. Hashes, roots and signatures are lower-case hex;
/// amounts are decimal strings of nanos (they pass 64 bits).
/// </summary>
public sealed record StatementProofFile(
    string Format,
    int Version,
    string PartyId,
    string From,
    string To,
    IReadOnlyList<ProofHead> Heads,
    IReadOnlyList<ProvenEntry> Entries,
    IReadOnlyList<ProvenLine> Lines)
{
    /// <summary>The value of <see cref="Format"/>.</summary>
    public const string FormatName = "royaltyledger.statement-proofs";

    /// <summary>The version this build writes and reads.</summary>
    public const int CurrentVersion = 1;
}
