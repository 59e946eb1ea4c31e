using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Grains.Registry;

/// <summary>
/// Registers a profile idempotently: the first registration stores it, the same profile again is
/// a no-op, a different one a conflict. Either success republishes the listing entry, which repairs
/// an index write that failed after the state was stored.
/// </summary>
internal static class ProfileRegistration
{
    public static async Task<Registration<TProfile>> RegisterAsync<TProfile>(
        this IPersistentState<ProfileState<TProfile>> state, Grain grain, ILedgerStore ledger,
        string kind, string id, string displayName, TProfile profile)
        where TProfile : class
    {
        ArgumentNullException.ThrowIfNull(grain);
        if (id != grain.GetPrimaryKeyString())
        {
            throw new ArgumentException($"{kind} {id} sent to grain {grain.GetPrimaryKeyString()}", nameof(id));
        }

        if (state.State.Profile is { } current && !current.Equals(profile))
        {
            return new(RegistrationOutcome.Conflict, current);
        }

        var outcome = state.State.Profile is null ? RegistrationOutcome.Created : RegistrationOutcome.Unchanged;
        if (outcome == RegistrationOutcome.Created)
        {
            await state.ReplaceAsync(new ProfileState<TProfile> { Profile = profile }, grain);
        }

        await ledger.PublishAsync(kind, id, displayName, profile);
        return new(outcome, profile);
    }
}
