using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Grains.Registry;

public sealed class ModelGrain(
    [PersistentState("model", StorageNames.Registry)] IPersistentState<ModelState> state,
    ILedgerStore ledger) : Grain, IModelGrain
{
    public async Task<Registration<ModelProfile>> Register(ModelProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.ModelId != this.GetPrimaryKeyString())
        {
            throw new ArgumentException($"profile for {profile.ModelId} sent to model {this.GetPrimaryKeyString()}", nameof(profile));
        }

        if (state.State.Profile is { } current && current != profile)
        {
            return new(RegistrationOutcome.Conflict, current);
        }

        var outcome = state.State.Profile is null ? RegistrationOutcome.Created : RegistrationOutcome.Unchanged;
        if (outcome == RegistrationOutcome.Created)
        {
            await state.ReplaceAsync(new ModelState { Profile = profile }, this);
        }

        await ledger.PublishAsync(RegistryKinds.Model, profile.ModelId, profile.DisplayName, profile);
        return new(outcome, profile);
    }

    public Task<ModelProfile?> Describe() => Task.FromResult(state.State.Profile);
}
