using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Grains.Registry;

/// <summary>A society: a cache of its row in the registry store, loaded on activation.</summary>
public sealed class SocietyGrain(IRegistryStore registry) : Grain, ISocietyGrain
{
    /// <summary>Another activation writing the same row at once is a brief race; more lost saves than this is a fault.</summary>
    private const int MaxSaveAttempts = 5;

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

    public async Task<SocietyProfile?> SetPayoutSchedule(SocietyPayoutSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        for (var attempt = 0; attempt < MaxSaveAttempts; attempt++)
        {
            // A failed save reloads the row, so each attempt starts from what the store holds.
            if (_row.Value is not { } current || current.PayoutSchedule == schedule)
            {
                return _row.Value;
            }

            if (await _row.TrySaveAsync(current with { PayoutSchedule = schedule }, current.DisplayName, null, this))
            {
                return _row.Value;
            }
        }

        throw new InvalidOperationException($"society {this.GetPrimaryKeyString()}'s row changed {MaxSaveAttempts} times while its payout schedule was being set");
    }
}
