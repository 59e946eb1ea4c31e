using RoyaltyLedger.Domain.Payouts;

namespace RoyaltyLedger.Application.Payouts;

/// <summary>
/// A computed payout cycle: committed (with its Merkle root, journal entry and time) or a preview (root empty,
/// entry 0). Lines are in ordinal party order, the order of the Merkle tree's leaves.
/// </summary>
public sealed record StoredCycle(
    CycleRequest Request,
    long CutoffEntryNo,
    IReadOnlyList<PayoutLine> Lines,
    PayoutSummary Summary,
    long SuspenseEvents,
    byte[] MerkleRoot,
    long JournalEntryNo,
    long? CommittedAtUnixMs)
{
    public bool Committed => CommittedAtUnixMs is not null;
}
