using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Grains.Registry;

/// <summary>A model: a cache of its row in the registry store, loaded on activation.</summary>
public sealed class ModelGrain(IRegistryStore registry) : Grain, IModelGrain
{
    private RegistryRow<ModelProfile> _row = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _row = new(registry, RegistryKinds.Model, this.GetPrimaryKeyString());
        return _row.LoadAsync(cancellationToken);
    }

    public Task<Registration<ModelProfile>> Register(ModelProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return _row.RegisterAsync(this, RegistryKinds.Model, profile.ModelId, profile.DisplayName, profile);
    }

    public Task<ModelProfile?> Describe() => Task.FromResult(_row.Value);
}
