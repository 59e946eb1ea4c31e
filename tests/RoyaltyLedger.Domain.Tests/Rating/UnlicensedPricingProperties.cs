using RoyaltyLedger.Domain.Usage;
using RoyaltyLedger.Domain.Money;
using System.Numerics;
using CsCheck;
using RoyaltyLedger.Domain.Rating;
using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Tests.Rating;

/// <summary>
/// Properties over random uses: one to eight split lines over five creators (so a creator may hold two roles), each
/// creator in one of three societies or none, societies pricing in EUR or USD.
/// </summary>
public class UnlicensedPricingProperties
{
    private const string Seed = "0N0XIzNsQ0O2";
    private static readonly string[] Creators = ["c-1", "c-2", "c-3", "c-4", "c-5"];

    /// <summary>Amounts stay below 10^18 nanos, so that no case overflows 64 bits.</summary>
    private static readonly Gen<Tariff> GenTariff = Gen.Select(Gen.OneOf("EUR", "USD"), Gen.Long[0, 1_000_000], Gen.Long[1, 1_000_000],
        (currency, price, perUnits) => new Tariff(currency, price, perUnits, "tokens"));

    /// <summary>Shares that sum to exactly 10,000: the gaps between sorted cut points (some may be zero).</summary>
    private static readonly Gen<Contributor[]> GenSplit = Gen.Int[1, 8].SelectMany(n => Gen.Select(
        Gen.Int[0, 10_000].Array[n - 1], Gen.OneOf(Creators).Array[n],
        (cuts, creators) =>
        {
            int[] bounds = [0, .. cuts.Order(), 10_000];
            return creators.Select((c, i) => new Contributor(c, $"role-{i}", bounds[i + 1] - bounds[i])).ToArray();
        }));

    /// <summary>Each creator's society (-1: none) and each society's tariff.</summary>
    private static readonly Gen<Dictionary<string, SocietyTariff>> GenTariffs = Gen.Select(
        Gen.Int[-1, 2].Array[Creators.Length], GenTariff.Array[3],
        (societyOf, tariffs) => Creators.Select((c, i) => (c, s: societyOf[i]))
            .Where(x => x.s >= 0)
            .ToDictionary(x => x.c, x => new SocietyTariff($"s-{x.s}", tariffs[x.s])));

    private static readonly Gen<(long Units, int WeightPpm, Contributor[] Split, Dictionary<string, SocietyTariff> Tariffs)> GenUse =
        Gen.Select(Gen.Long[0, 1_000_000_000], Gen.Int[0, 1_000_000], GenSplit, GenTariffs);

    [Fact]
    public void Price_AnyUse_EachSocietysPartsSumToItsClaimAndEachTotalToItsParts()
    {
        GenUse.Sample(u =>
        {
            var price = UnlicensedPricing.Price(u.Units, u.WeightPpm, u.Split, u.Tariffs);
            var societiesExact = price.Parts.Where(p => p.HasTariff).GroupBy(p => p.SocietyId).All(g =>
            {
                var shares = u.Split.Where(c => g.Any(p => p.CreatorId == c.CreatorId)).Sum(c => c.ShareBasisPoints);
                var claim = UnlicensedPricing.SocietyAmountNanos(u.Units, u.Tariffs[g.First().CreatorId].Tariff, u.WeightPpm, shares);
                return g.Sum(p => p.AmountNanos) == claim;
            });
            var totalsExact = price.Totals.All(t => t.AmountNanos == price.Parts.Where(p => p.Currency == t.Currency).Sum(p => p.AmountNanos))
                && price.Totals.Count == price.Parts.Where(p => p.HasTariff).Select(p => p.Currency).Distinct().Count();
            return societiesExact && totalsExact;
        }, seed: Seed, iter: 2_000);
    }

    [Fact]
    public void Price_AnyUse_AmountsAreNeverNegativeAndUntariffedCreatorsGetNothing()
    {
        GenUse.Sample(u =>
        {
            var price = UnlicensedPricing.Price(u.Units, u.WeightPpm, u.Split, u.Tariffs);
            return price.Parts.All(p => p.AmountNanos >= 0 && (p.HasTariff || p.AmountNanos == 0))
                && price.Parts.All(p => p.HasTariff == u.Tariffs.ContainsKey(p.CreatorId))
                && price.Parts.Select(p => p.CreatorId).SequenceEqual(u.Split.Select(c => c.CreatorId).Distinct().Order(StringComparer.Ordinal));
        }, seed: Seed, iter: 2_000);
    }

    [Fact]
    public void Price_ShuffledSplit_GivesTheSameResult()
    {
        Gen.Select(GenUse, Gen.Int.Array[8]).Sample((u, keys) =>
        {
            var shuffled = u.Split.Select((c, i) => (c, k: keys[i])).OrderBy(x => x.k).Select(x => x.c).ToArray();
            var forward = UnlicensedPricing.Price(u.Units, u.WeightPpm, u.Split, u.Tariffs);
            var again = UnlicensedPricing.Price(u.Units, u.WeightPpm, shuffled, u.Tariffs);
            return forward.Parts.SequenceEqual(again.Parts) && forward.Totals.SequenceEqual(again.Totals);
        }, seed: Seed, iter: 2_000);
    }

    [Fact]
    public void Price_OneSocietyHoldingAllShares_EqualsTheRatedAmountSplitByShares()
    {
        var gen = Gen.Select(Gen.Long[0, 1_000_000_000], Gen.Int[0, 1_000_000], GenSplit, GenTariff);
        gen.Sample((units, weightPpm, split, tariff) =>
        {
            // One line per creator: the merge of a creator's roles is checked by its own spec.
            var distinct = split.DistinctBy(c => c.CreatorId).Select(c => c with { ShareBasisPoints = split.Where(s => s.CreatorId == c.CreatorId).Sum(s => s.ShareBasisPoints) }).ToArray();
            var tariffs = distinct.ToDictionary(c => c.CreatorId, _ => new SocietyTariff("s-1", tariff));
            var price = UnlicensedPricing.Price(units, weightPpm, distinct, tariffs);
            var expected = UsageRater.SplitNanos(UsageRater.AmountNanos(units, tariff, weightPpm), distinct);
            var byCreator = distinct.Select((c, i) => (c.CreatorId, expected[i])).OrderBy(x => x.CreatorId, StringComparer.Ordinal);
            return price.Parts.Select(p => (p.CreatorId, p.AmountNanos)).SequenceEqual(byCreator)
                && price.Totals.Single().AmountNanos == expected.Sum();
        }, seed: Seed, iter: 2_000);
    }

    [Fact]
    public void SocietyAmountNanos_UpToTheIngestLimits_IsTheExactFloor()
    {
        // Every value up to the ingest and tariff limits: the amount reaches 10^23 nanos, past 64 bits, and stays exact.
        var gen = Gen.Select(Gen.Long[0, UsageEventRules.MaxUnits], Gen.Long[0, Tariff.MaxPriceMicros], Gen.Long[1, Tariff.MaxPerUnits],
            Gen.Int[0, 1_000_000], Gen.Int[0, 10_000]);
        gen.Sample((units, price, perUnits, weightPpm, shares) =>
        {
            var amount = UnlicensedPricing.SocietyAmountNanos(units, new Tariff("EUR", price, perUnits, "tokens"), weightPpm, shares);
            var exact = BigInteger.Divide((BigInteger)units * price * weightPpm * 1_000 * shares, (BigInteger)perUnits * 1_000_000 * 10_000);
            return amount == exact;
        }, seed: Seed, iter: 5_000);
    }
}
