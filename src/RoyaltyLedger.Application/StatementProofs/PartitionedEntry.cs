using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Application.StatementProofs;

/// <summary>A journal entry and the partition whose chain and log it belongs to.</summary>
public sealed record PartitionedEntry(int Partition, JournalEntry Entry);
