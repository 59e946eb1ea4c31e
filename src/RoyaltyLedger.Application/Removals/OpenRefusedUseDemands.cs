using RoyaltyLedger.Domain.Removals;

namespace RoyaltyLedger.Application.Removals;

/// <summary>
/// One pass of the ledger's own removal demands (issue 5): for training and fine-tuning a creator refused, at most
/// <see cref="RemovalLimits.MaxDemandsPerPass"/> demands at the clock's time.
/// </summary>
public sealed class OpenRefusedUseDemands(IRemovalStore removals, TimeProvider clock)
{
    /// <summary>The demands this pass opened; fewer than the maximum means none are left for now.</summary>
    public Task<IReadOnlyList<StoredRemoval>> ExecuteAsync(CancellationToken cancellationToken) =>
        removals.OpenDemandsForRefusedUsesAsync(clock.GetUtcNow().ToUnixTimeMilliseconds(), RemovalLimits.MaxDemandsPerPass, cancellationToken);
}
