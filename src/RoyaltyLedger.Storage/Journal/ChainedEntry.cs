using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Storage.Journal;

/// <summary>A draft numbered and chained by an append, ready to insert.</summary>
internal sealed record ChainedEntry(long EntryNo, JournalEntryDraft Draft, byte[] PrevHash, byte[] Hash);
