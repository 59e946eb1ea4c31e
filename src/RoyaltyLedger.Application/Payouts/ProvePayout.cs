using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Domain.Payouts;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Application.Payouts;

/// <summary>A party's Merkle inclusion proof in a committed cycle (<see cref="ReadPayoutCycle.FindAsync"/>).</summary>
public sealed class ProvePayout(IGrainFactory grains)
{
    public async Task<PayoutProofView> ProveAsync(StoredCycle cycle, string partyId)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var cycleId = cycle.Request.CycleId;
        var index = cycle.Lines.ToList().FindIndex(l => l.PartyId == partyId);
        if (index < 0)
        {
            throw new NotFoundException($"cycle {cycleId} has no line for {EntityIds.Printable(partyId)}");
        }

        var leaves = cycle.Lines.Select(l => PayoutLeaf.Hash(cycleId, l)).ToList();
        var line = cycle.Lines[index];
        return new PayoutProofView(cycleId, line, await PayeeIdentifiers.OfAsync(grains, line.PartyId) ?? [], index, leaves.Count,
            cycle.MerkleRoot, leaves[index], MerkleTree.InclusionProof(leaves, index));
    }
}
