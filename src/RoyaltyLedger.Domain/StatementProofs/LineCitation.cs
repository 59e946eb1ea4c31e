namespace RoyaltyLedger.Domain.StatementProofs;

/// <summary>The lines (0-based positions) of one cited journal entry that a statement line's amount is made of.</summary>
public sealed record LineCitation(long EntryNo, IReadOnlyList<int> Lines);
