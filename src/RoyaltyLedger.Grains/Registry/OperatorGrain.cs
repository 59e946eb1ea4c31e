using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Grains.Registry;

public sealed class OperatorGrain(
    [PersistentState("operator", StorageNames.Registry)] IPersistentState<ProfileState<OperatorProfile>> state,
    ILedgerStore ledger) : Grain, IOperatorGrain
{
    public Task<Registration<OperatorProfile>> Register(OperatorProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return state.RegisterAsync(this, ledger, RegistryKinds.Operator, profile.OperatorId, profile.DisplayName, profile);
    }

    public Task<OperatorProfile?> Describe() => Task.FromResult(state.State.Profile);
}
