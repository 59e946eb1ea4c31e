
namespace RoyaltyLedger.Application.Payouts;

/// <summary>
/// Payout cycles over the journal. A member's payable balance at a cycle's cut-off is the sum of its
/// <c>party:</c> account's lines up to the cut-off entry plus every payout posted since (a payout made after the
/// cut-off still reduces what is owed), so two cycles never pay the same money.
/// </summary>
public interface IPayoutStore
{
    /// <summary>The cycle computed against the journal as it stands, without writing anything.</summary>
    Task<StoredCycle> PreviewCycleAsync(CycleRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Computes and commits the cycle in one transaction under the journal's lock: its lines, its Merkle root and the
    /// payout entry. A cycle id already committed returns that cycle unchanged (Created false) and moves nothing.
    /// </summary>
    Task<(StoredCycle Cycle, bool Created)> CommitCycleAsync(CycleRequest request, long committedAtUnixMs, CancellationToken cancellationToken);

    Task<StoredCycle?> GetCycleAsync(string cycleId, CancellationToken cancellationToken);
}
