using RoyaltyLedger.Domain.Payouts;

namespace RoyaltyLedger.Application.Payouts;

/// <summary>
/// A computed payout cycle: committed (with its Merkle root, journal entry and time) or a preview (root empty,
/// entry 0). Lines are in ordinal party order, the order of the Merkle tree's leaves. <see cref="Parts"/> break each
/// line's gross down by month of use (the cycle's months and late lines of closed months, docs/payouts.md); what they do
/// not cover is brought forward. <see cref="CutoffEntryNo"/> is the last entry the cycle could see (the highest head of
/// its cut) for cycles with a period, the last entry recorded by the period's end for older ones.
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
    public IReadOnlyList<PayoutPart> Parts { get; init; } = [];

    public bool Committed => CommittedAtUnixMs is not null;
}
