using System.Diagnostics;
using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Grains.Registry;

/// <summary>
/// Registers a profile idempotently: the first registration stores its row, the same profile again is a no-op, a
/// different one a conflict. The row is the registry's record and its listing at once, so there is nothing to repair.
/// </summary>
internal static class ProfileRegistration
{
    public static async Task<Registration<TProfile>> RegisterAsync<TProfile>(
        this RegistryRow<TProfile> row, Grain grain, string kind, string id, string displayName, TProfile profile)
        where TProfile : class
    {
        ArgumentNullException.ThrowIfNull(grain);
        ArgumentNullException.ThrowIfNull(row);
        if (id != grain.GetPrimaryKeyString())
        {
            throw new ArgumentException($"{kind} {id} sent to grain {grain.GetPrimaryKeyString()}", nameof(id));
        }

        // A row written by another activation since this one loaded is reloaded by the failed save and decided again.
        if (row.Value is null && await row.TrySaveAsync(profile, displayName, null, grain))
        {
            return new(RegistrationOutcome.Created, profile);
        }

        var current = row.Value ?? throw new UnreachableException($"{kind} {id} could not be inserted, yet no row holds it");
        return current.Equals(profile) ? new(RegistrationOutcome.Unchanged, current) : new(RegistrationOutcome.Conflict, current);
    }
}
