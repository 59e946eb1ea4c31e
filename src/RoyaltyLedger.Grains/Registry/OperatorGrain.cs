using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Grains.Registry;

/// <summary>A operator: a cache of its row in the registry store, loaded on activation.</summary>
public sealed class OperatorGrain(IRegistryStore registry) : Grain, IOperatorGrain
{
    private RegistryRow<OperatorProfile> _row = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _row = new(registry, RegistryKinds.Operator, this.GetPrimaryKeyString());
        return _row.LoadAsync(cancellationToken);
    }

    public Task<Registration<OperatorProfile>> Register(OperatorProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return _row.RegisterAsync(this, RegistryKinds.Operator, profile.OperatorId, profile.DisplayName, profile);
    }

    public Task<OperatorProfile?> Describe() => Task.FromResult(_row.Value);
}
