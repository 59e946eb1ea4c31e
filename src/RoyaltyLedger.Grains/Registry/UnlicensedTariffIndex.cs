using System.Collections.Immutable;
using RoyaltyLedger.Domain;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Grains.Registry;

/// <summary>
/// The unlicensed tariffs of a work's contributors' societies, loaded with the work's licence-check snapshot: for each
/// contributor who is a member of a society, that society (the first by id, see
/// <see cref="ISocietyTariffStore.UnlicensedTariffsForCreatorsAsync"/>) and its tariffs.
/// </summary>
internal sealed class UnlicensedTariffIndex
{
    public static readonly UnlicensedTariffIndex Empty = new([]);

    private readonly Dictionary<string, CreatorSocietyTariffs> _byCreator;

    private UnlicensedTariffIndex(IEnumerable<CreatorSocietyTariffs> societies) =>
        _byCreator = societies.ToDictionary(s => s.CreatorId, StringComparer.Ordinal);

    public static async Task<UnlicensedTariffIndex> LoadAsync(ISocietyTariffStore store, IReadOnlyCollection<string> creatorIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new(await store.UnlicensedTariffsForCreatorsAsync(creatorIds, cancellationToken));
    }

    /// <summary>
    /// The tariff for the use and unit kind of each contributor in the split whose society has one, once per creator
    /// (a creator the split names twice has one society), in the split's order.
    /// </summary>
    public ImmutableArray<ContributorTariff> For(ImmutableArray<ContributorShare> split, UseKind use, string? unitKind)
    {
        if (split.IsDefaultOrEmpty || string.IsNullOrEmpty(unitKind))
        {
            return [];
        }

        var found = ImmutableArray.CreateBuilder<ContributorTariff>();
        foreach (var creatorId in split.Select(c => c.CreatorId).Distinct(StringComparer.Ordinal))
        {
            if (_byCreator.TryGetValue(creatorId, out var society)
                && society.Tariffs.FirstOrDefault(t => t.UseKind == (int)use && t.UnitKind == unitKind) is { } tariff)
            {
                found.Add(new ContributorTariff(creatorId, society.SocietyId,
                    new TariffTerms(tariff.Currency, tariff.PriceMicros, tariff.PerUnits, tariff.UnitKind)));
            }
        }

        return found.ToImmutable();
    }
}
