using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Grains.Registry;

public sealed class SocietyGrain(
    [PersistentState("society", StorageNames.Registry)] IPersistentState<ProfileState<SocietyProfile>> state,
    ILedgerStore ledger) : Grain, ISocietyGrain
{
    public Task<Registration<SocietyProfile>> Register(SocietyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return state.RegisterAsync(this, ledger, RegistryKinds.Society, profile.SocietyId, profile.DisplayName, profile);
    }

    public Task<SocietyProfile?> Describe() => Task.FromResult(state.State.Profile);
}
