using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Grains.Registry;

public sealed class OperatorGrain(
    [PersistentState("operator", StorageNames.Registry)] IPersistentState<OperatorState> state,
    ILedgerStore ledger) : Grain, IOperatorGrain
{
    public async Task<Registration<OperatorProfile>> Register(OperatorProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.OperatorId != this.GetPrimaryKeyString())
        {
            throw new ArgumentException($"profile for {profile.OperatorId} sent to operator {this.GetPrimaryKeyString()}", nameof(profile));
        }

        if (state.State.Profile is { } current && current != profile)
        {
            return new(RegistrationOutcome.Conflict, current);
        }

        var outcome = state.State.Profile is null ? RegistrationOutcome.Created : RegistrationOutcome.Unchanged;
        if (outcome == RegistrationOutcome.Created)
        {
            await state.ReplaceAsync(new OperatorState { Profile = profile }, this);
        }

        await ledger.PublishAsync(RegistryKinds.Operator, profile.OperatorId, profile.DisplayName, profile);
        return new(outcome, profile);
    }

    public Task<OperatorProfile?> Describe() => Task.FromResult(state.State.Profile);
}
