using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Grains.Registry;

public sealed class RightsholderGrain(
    [PersistentState("rightsholder", StorageNames.Registry)] IPersistentState<ProfileState<RightsholderProfile>> state,
    ILedgerStore ledger) : Grain, IRightsholderGrain
{
    public Task<Registration<RightsholderProfile>> Register(RightsholderProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return state.RegisterAsync(this, ledger, RegistryKinds.Rightsholder, profile.RightsholderId, profile.DisplayName, profile);
    }

    public Task<RightsholderProfile?> Describe() => Task.FromResult(state.State.Profile);
}
