using System.Text.Json;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Statements;

/// <summary>
/// "Next payout" on a creator's statement: for each society the creator belongs to that published a payout schedule,
/// the next payout date on or after today (UTC, from the injected clock) and the months of use it pays.
/// </summary>
public sealed class NextPayoutQuery(IRegistryHistory history, IRegistryStore registry, TimeProvider clock)
{
    /// <summary>By society id; societies without a schedule are left out.</summary>
    public async Task<IReadOnlyList<NextPayoutView>> ReadAsync(string creatorId, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var memberships = await history.CreatorMembershipsAsync([creatorId], cancellationToken);
        var payouts = new List<NextPayoutView>();
        foreach (var societyId in memberships.Select(m => m.SocietyId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var entry = await registry.FindAsync(RegistryKinds.Society, societyId, cancellationToken);
            var profile = entry is null ? null : JsonSerializer.Deserialize<SocietyProfile>(entry.PayloadJson);
            if (profile?.PayoutSchedule is { } stored)
            {
                var schedule = stored.ToDomain();
                payouts.Add(new NextPayoutView(profile.SocietyId, profile.DisplayName, schedule, schedule.Next(today)));
            }
        }

        return payouts;
    }
}
