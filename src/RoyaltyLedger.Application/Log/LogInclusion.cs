using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Log;

namespace RoyaltyLedger.Application.Log;

/// <summary>A journal entry, its leaf in its partition's log, and the inclusion proof in the tree of <see cref="TreeSize"/> leaves.</summary>
public sealed record LogInclusion(int Partition, JournalEntry Entry, long LeafIndex, long TreeSize, IReadOnlyList<byte[]> Path, SignedTreeHead? Head);
