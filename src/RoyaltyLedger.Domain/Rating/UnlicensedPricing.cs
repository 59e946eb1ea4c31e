using System.Diagnostics;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Rating;

/// <summary>
/// Prices a use that no licence covers, or that a creator refused, at the unlicensed tariffs of the contributors'
/// societies, as a claim. Contributors are grouped by society; society S, whose contributors hold s basis points of
/// the work, claims
/// <code>A_S = floor(units × price_micros / per_units × weight_ppm / 10^6 × s / 10^4)</code>
/// nanos at its tariff, split among its contributors by their basis points with the largest-remainder method, so
/// that S's parts add up to exactly A_S. A creator the split names twice (two roles) is priced once, on the sum of
/// their shares, so the result depends neither on the order nor on the roles the split lists. A contributor with
/// no tariff gets nothing and is marked so that the caller can say why.
/// </summary>
public static class UnlicensedPricing
{
    /// <summary>
    /// Prices the use. <paramref name="tariffs"/> holds, by creator id, the tariff that applies to this use and unit
    /// kind; a contributor missing from it has none. All contributors of one society must have the same tariff.
    /// </summary>
    public static UnlicensedPrice Price(
        long units, int weightPpm, IReadOnlyList<Contributor> contributors, IReadOnlyDictionary<string, SocietyTariff> tariffs)
    {
        ArgumentNullException.ThrowIfNull(contributors);
        ArgumentNullException.ThrowIfNull(tariffs);
        var creators = MergeByCreator(contributors);
        var parts = new List<UnlicensedPart>(creators.Count);
        var societies = creators.Where(c => tariffs.ContainsKey(c.PartyId)).GroupBy(c => tariffs[c.PartyId].SocietyId, StringComparer.Ordinal);
        foreach (var society in societies)
        {
            parts.AddRange(PriceSociety(units, weightPpm, society.Key, [.. society], tariffs));
        }

        parts.AddRange(creators.Where(c => !tariffs.ContainsKey(c.PartyId)).Select(c => new UnlicensedPart(c.PartyId, "", "", Int128.Zero, HasTariff: false)));
        parts.Sort((a, b) => string.CompareOrdinal(a.CreatorId, b.CreatorId));
        return new UnlicensedPrice(parts, Totals(parts));
    }

    /// <summary>
    /// A_S in nanos for contributors holding <paramref name="sharesBasisPoints"/> of the work. The product
    /// units × price_micros × weight_ppm × 10^3 is formed in Int128 (at most 10^29 at the ingest limits, 10^33 once
    /// multiplied by the shares, far below Int128's 1.7 × 10^38); the one division by per_units × 10^6 × 10^4 is still
    /// carried out as q × s + r × s / d, then / 10^4, which is the same floor exactly and keeps every intermediate below
    /// the numerator × 10^4 even for tariffs past the limits. Every step is checked: an impossible value throws
    /// <see cref="OverflowException"/> rather than wrapping.
    /// </summary>
    public static Int128 SocietyAmountNanos(long units, Tariff tariff, int weightPpm, int sharesBasisPoints)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        ArgumentOutOfRangeException.ThrowIfNegative(tariff.PriceMicros, nameof(tariff));
        ArgumentOutOfRangeException.ThrowIfLessThan(tariff.PerUnits, 1, nameof(tariff));
        ArgumentOutOfRangeException.ThrowIfNegative(weightPpm);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weightPpm, Scales.PartsPerMillionWhole);
        ArgumentOutOfRangeException.ThrowIfNegative(sharesBasisPoints);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sharesBasisPoints, Scales.BasisPointsWhole);

        var numerator = checked((Int128)units * tariff.PriceMicros * weightPpm * Scales.NanosPerMicro);
        var denominator = (Int128)tariff.PerUnits * Scales.PartsPerMillionWhole;
        var quotient = numerator / denominator;
        var remainder = numerator % denominator;
        var scaled = checked((quotient * sharesBasisPoints) + (remainder * sharesBasisPoints / denominator));
        return scaled / Scales.BasisPointsWhole;
    }

    private static List<UnlicensedPart> PriceSociety(
        long units, int weightPpm, string societyId, IReadOnlyList<Share> creators, IReadOnlyDictionary<string, SocietyTariff> tariffs)
    {
        var tariff = tariffs[creators[0].PartyId].Tariff;
        if (creators.FirstOrDefault(c => tariffs[c.PartyId].Tariff != tariff) is { PartyId: not null } other)
        {
            throw new ArgumentException(
                $"society {societyId} has two unlicensed tariffs for one use: {tariff} for creator {creators[0].PartyId} and {tariffs[other.PartyId].Tariff} for creator {other.PartyId}",
                nameof(tariffs));
        }

        var shares = creators.Sum(c => (int)c.Weight);
        var amount = SocietyAmountNanos(units, tariff, weightPpm, shares);
        // Shares of zero basis points leave nothing to split, and nothing to split by.
        var split = shares == 0 ? new Int128[creators.Count] : Allocation.LargestRemainder(amount, creators);
        if (Allocation.Sum(split) != amount)
        {
            throw new UnreachableException($"society {societyId}'s claim of {amount} nanos was split into parts summing to {Allocation.Sum(split)}");
        }

        return [.. creators.Select((c, i) => new UnlicensedPart(c.PartyId, societyId, tariff.Currency, split[i], HasTariff: true))];
    }

    /// <summary>One share per creator, by creator id (ordinal), holding the sum of their shares in the split.</summary>
    private static List<Share> MergeByCreator(IReadOnlyList<Contributor> contributors)
    {
        var merged = new SortedDictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        foreach (var c in contributors)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(contributors));
            if (c.ShareBasisPoints is < 0 or > Scales.BasisPointsWhole)
            {
                throw new ArgumentException(
                    $"contributor {c.CreatorId} holds {c.ShareBasisPoints:N0} basis points, expected 0 to {Scales.BasisPointsWhole:N0}", nameof(contributors));
            }

            total += c.ShareBasisPoints;
            merged[c.CreatorId] = merged.GetValueOrDefault(c.CreatorId) + c.ShareBasisPoints;
        }

        if (total > Scales.BasisPointsWhole)
        {
            throw new ArgumentException($"contributors' shares sum to {total:N0} basis points, expected at most {Scales.BasisPointsWhole:N0}", nameof(contributors));
        }

        return [.. merged.Select(m => new Share(m.Key, m.Value))];
    }

    private static List<CurrencyAmount> Totals(IEnumerable<UnlicensedPart> parts) =>
        [.. parts.Where(p => p.HasTariff)
            .GroupBy(p => p.Currency, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CurrencyAmount(g.Key, g.Aggregate(Int128.Zero, (sum, p) => checked(sum + p.AmountNanos))))];
}
