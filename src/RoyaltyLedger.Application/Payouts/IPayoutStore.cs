
namespace RoyaltyLedger.Application.Payouts;

/// <summary>
/// Payout cycles over the journal, by period of use (docs/payouts.md). A member's payable balance is the sum of its
/// <c>party:</c> account's lines of the cycle's months, of months the society's earlier cycles closed (late lines),
/// and of lines without a month (every payout, and history from before periods), so two cycles never pay the same money.
/// </summary>
public interface IPayoutStore
{
    /// <summary>The cycle computed against the journal as it stands, without writing anything.</summary>
    Task<StoredCycle> PreviewCycleAsync(CycleRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Computes and commits the cycle in one transaction under the journal's lock: its lines, its Merkle root and the
    /// payout entry. A cycle id already committed returns that cycle unchanged (Created false) and moves nothing. A
    /// cycle that would pay nothing throws <see cref="Outcomes.PreconditionFailedException"/> unless
    /// <paramref name="allowEmpty"/>, and writes nothing.
    /// </summary>
    Task<(StoredCycle Cycle, bool Created)> CommitCycleAsync(CycleRequest request, bool allowEmpty, long committedAtUnixMs, CancellationToken cancellationToken);

    Task<StoredCycle?> GetCycleAsync(string cycleId, CancellationToken cancellationToken);
}
