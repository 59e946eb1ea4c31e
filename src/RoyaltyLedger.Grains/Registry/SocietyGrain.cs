using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Grains.Registry;

/// <summary>A society: a cache of its row in the registry store, loaded on activation.</summary>
public sealed class SocietyGrain(IRegistryStore registry) : Grain, ISocietyGrain
{
    private RegistryRow<SocietyProfile> _row = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _row = new(registry, RegistryKinds.Society, this.GetPrimaryKeyString());
        return _row.LoadAsync(cancellationToken);
    }

    public Task<Registration<SocietyProfile>> Register(SocietyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return _row.RegisterAsync(this, RegistryKinds.Society, profile.SocietyId, profile.DisplayName, profile);
    }

    public Task<SocietyProfile?> Describe() => Task.FromResult(_row.Value);
}
