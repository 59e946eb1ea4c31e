using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Application.StatementProofs;

/// <summary>A journal line with its place: line <see cref="LineNo"/> (from 0) of entry <see cref="EntryNo"/>.</summary>
public sealed record CitedJournalLine(long EntryNo, int LineNo, PostingLine Line);
