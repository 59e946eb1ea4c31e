using System.Collections.Immutable;
using RoyaltyLedger.Domain;
using RoyaltyLedger.Domain.Registry;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Grains.Registry;

/// <summary>
/// The unlicensed tariffs of a work's contributors' societies, loaded with the work's licence-check snapshot, with
/// their history: for each contributor, the society that priced their share at a use's time (the first by id of those
/// they belonged to then) and its tariff in force then (<see cref="UnlicensedTariffHistory"/>).
/// </summary>
internal sealed class UnlicensedTariffIndex
{
    public static readonly UnlicensedTariffIndex Empty = new(UnlicensedTariffHistory.Empty);

    private readonly UnlicensedTariffHistory _history;

    private UnlicensedTariffIndex(UnlicensedTariffHistory history) => _history = history;

    public static async Task<UnlicensedTariffIndex> LoadAsync(IRegistryHistory store, IReadOnlyCollection<string> creatorIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var memberships = await store.CreatorMembershipsAsync(creatorIds, cancellationToken);
        var societies = memberships.Select(m => m.SocietyId).Distinct(StringComparer.Ordinal).ToList();
        var tariffs = societies.Count == 0 ? [] : await store.TariffHistoryAsync(societies, cancellationToken);
        return new(UnlicensedTariffHistory.Create(
            memberships.Select(m => new SocietyMembership(m.CreatorId, m.SocietyId, DateTimeOffset.FromUnixTimeMilliseconds(m.JoinedAtUnixMs))),
            tariffs.Select(t => new RecordedSocietyTariff(t.Tariff.SocietyId, (UseKind)t.Tariff.UseKind,
                new Tariff(t.Tariff.Currency, t.Tariff.PriceMicros, t.Tariff.PerUnits, t.Tariff.UnitKind),
                DateTimeOffset.FromUnixTimeMilliseconds(t.Tariff.SetAtUnixMs), t.Sequence))));
    }

    /// <summary>
    /// The tariff for the use and unit kind, in force at <paramref name="at"/>, of each contributor in the split whose
    /// society then had one, once per creator (a creator the split names twice has one society), in the split's order.
    /// </summary>
    public ImmutableArray<ContributorTariff> For(ImmutableArray<ContributorShare> split, UseKind use, string? unitKind, DateTimeOffset at)
    {
        if (split.IsDefaultOrEmpty || string.IsNullOrEmpty(unitKind))
        {
            return [];
        }

        var found = ImmutableArray.CreateBuilder<ContributorTariff>();
        foreach (var creatorId in split.Select(c => c.CreatorId).Distinct(StringComparer.Ordinal))
        {
            if (_history.SocietyAt(creatorId, at) is { } societyId && _history.TariffAt(societyId, use, unitKind, at) is { } tariff)
            {
                found.Add(new ContributorTariff(creatorId, societyId,
                    new TariffTerms(tariff.Currency, tariff.PriceMicros, tariff.PerUnits, tariff.UnitKind)));
            }
        }

        return found.ToImmutable();
    }
}
