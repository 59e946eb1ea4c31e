using RoyaltyLedger.Application.Licensing;

namespace RoyaltyLedger.Application.Registry;

/// <summary>
/// Sets a society's unlicensed tariff and refreshes the works of its creator members, so that their ratings use it.
/// A society may have very many members: beyond <see cref="MaxWorksRefreshed"/> works, the rest pick the tariff up
/// when their snapshot next expires (<c>WorkGrain.MaxSnapshotAge</c>, one minute at worst), as does any work
/// whose refresh is missed.
/// </summary>
public sealed class SocietyTariffPublisher(ISocietyTariffStore store, WorkRefresher refresher)
{
    /// <summary>Refreshing activates each work grain; this bounds what one tariff change costs the cluster.</summary>
    public const int MaxWorksRefreshed = 10_000;

    /// <summary>Stores the tariff and refreshes the works concerned; false when the society already has its maximum of tariffs.</summary>
    public async Task<bool> SetAsync(UnlicensedTariffEntry tariff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        if (!await store.SetUnlicensedTariffAsync(tariff, cancellationToken))
        {
            return false;
        }

        var works = await store.WorksOfCreatorMembersAsync(tariff.SocietyId, MaxWorksRefreshed, cancellationToken);
        await refresher.RefreshAndHealAsync(works, cancellationToken);
        return true;
    }
}
