using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Grains.Registry;

/// <summary>A rightsholder: a cache of its row in the registry store, loaded on activation.</summary>
public sealed class RightsholderGrain(IRegistryStore registry) : Grain, IRightsholderGrain
{
    private RegistryRow<RightsholderProfile> _row = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _row = new(registry, RegistryKinds.Rightsholder, this.GetPrimaryKeyString());
        return _row.LoadAsync(cancellationToken);
    }

    public Task<Registration<RightsholderProfile>> Register(RightsholderProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return _row.RegisterAsync(this, RegistryKinds.Rightsholder, profile.RightsholderId, profile.DisplayName, profile);
    }

    public Task<RightsholderProfile?> Describe() => Task.FromResult(_row.Value);
}
