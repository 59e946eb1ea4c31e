using RoyaltyLedger.Application.Licensing;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Registry;

/// <summary>
/// What collecting societies do besides registering: add members (a creator's works are then refreshed, as their
/// unlicensed tariffs may change), set and list unlicensed tariffs, and list the usage no registered work matched.
/// </summary>
public sealed class SocietyRegistry(
    IGrainFactory grains, ISocietyMembers members, ISocietyTariffStore tariffs, SocietyTariffPublisher publisher, WorkRefresher refresher,
    ISuspenseReport suspense, TimeProvider clock)
{
    public const string CreatorMember = "creator";
    public const string RightsholderMember = "rightsholder";

    /// <summary>
    /// Adds the member and returns its kind (<see cref="CreatorMember"/> or <see cref="RightsholderMember"/>); rejected
    /// when the society or the member is not registered. A repeat refreshes again, so a retry repairs a missed refresh.
    /// </summary>
    public async Task<RegistryResult<string>> AddMemberAsync(string societyId, string memberId, CancellationToken cancellationToken)
    {
        if (await UnregisteredSocietyAsync(societyId) is { } unregistered)
        {
            return unregistered.As<string>();
        }

        var kind = await grains.GetGrain<ICreatorGrain>(memberId).Describe() is not null ? CreatorMember
            : await grains.GetGrain<IRightsholderGrain>(memberId).Describe() is not null ? RightsholderMember
            : null;
        if (kind is null)
        {
            return RegistryResult.Rejected<string>("member_id", $"member_id '{memberId}' is neither a registered creator nor a registered rightsholder");
        }

        await members.AddMemberAsync(societyId, memberId, kind, clock.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
        if (kind == CreatorMember)
        {
            // The creator's works may now be priced at this society's unlicensed tariffs.
            await refresher.RefreshForMembershipAsync(memberId, CancellationToken.None);
        }

        return RegistryResult.Of<string>(kind);
    }

    public Task<IReadOnlyList<(string MemberId, string MemberKind)>> ListMembersAsync(string societyId, CancellationToken cancellationToken) =>
        members.ListMembersAsync(societyId, cancellationToken);

    /// <summary>
    /// Sets the society's tariff for the use and unit kind, stamped now, and refreshes the works concerned. Rejected
    /// when the society is not registered; null without violations when it already has
    /// <see cref="ISocietyTariffStore.MaxTariffsPerSociety"/> tariffs and this one is new.
    /// </summary>
    public async Task<RegistryResult<UnlicensedTariffEntry>> SetTariffAsync(
        string societyId, int useKind, Domain.Registry.Tariff tariff)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        if (await UnregisteredSocietyAsync(societyId) is { } unregistered)
        {
            return unregistered.As<UnlicensedTariffEntry>();
        }

        var entry = new UnlicensedTariffEntry(societyId, useKind, tariff.UnitKind, tariff.PriceMicros, tariff.PerUnits,
            tariff.Currency, clock.GetUtcNow().ToUnixTimeMilliseconds());
        return RegistryResult.Of<UnlicensedTariffEntry>(await publisher.SetAsync(entry, CancellationToken.None) ? entry : null);
    }

    /// <summary>The society's tariffs by use, then unit kind; rejected when the society is not registered.</summary>
    public async Task<RegistryResult<IReadOnlyList<UnlicensedTariffEntry>>> ListTariffsAsync(string societyId, CancellationToken cancellationToken)
    {
        if (await UnregisteredSocietyAsync(societyId) is { } unregistered)
        {
            return unregistered.As<IReadOnlyList<UnlicensedTariffEntry>>();
        }

        return RegistryResult.Of<IReadOnlyList<UnlicensedTariffEntry>>(await tariffs.ListUnlicensedTariffsAsync(societyId, cancellationToken));
    }

    /// <summary>The largest groups of usage in suspense (no registered work matched it), at most <paramref name="limit"/>.</summary>
    public Task<IReadOnlyList<SuspenseGroup>> ListUnidentifiedAsync(int limit, CancellationToken cancellationToken) =>
        suspense.ListSuspenseAsync(limit, cancellationToken);

    private async Task<Unregistered?> UnregisteredSocietyAsync(string societyId) =>
        await grains.GetGrain<ISocietyGrain>(societyId).Describe() is null
            ? new Unregistered("society_id", $"society_id '{societyId}' is not a registered society")
            : null;

    private sealed record Unregistered(string Field, string Description)
    {
        public RegistryResult<T> As<T>()
            where T : class => RegistryResult.Rejected<T>(Field, Description);
    }
}
