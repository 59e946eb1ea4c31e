using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Grains.Registry;

public sealed class ModelGrain(
    [PersistentState("model", StorageNames.Registry)] IPersistentState<ProfileState<ModelProfile>> state,
    ILedgerStore ledger) : Grain, IModelGrain
{
    public Task<Registration<ModelProfile>> Register(ModelProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return state.RegisterAsync(this, ledger, RegistryKinds.Model, profile.ModelId, profile.DisplayName, profile);
    }

    public Task<ModelProfile?> Describe() => Task.FromResult(state.State.Profile);
}
