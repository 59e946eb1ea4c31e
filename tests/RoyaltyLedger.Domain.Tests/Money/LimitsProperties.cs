using System.Numerics;
using CsCheck;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Payouts;
using RoyaltyLedger.Domain.Rating;
using RoyaltyLedger.Domain.Registry;
using RoyaltyLedger.Domain.Usage;

namespace RoyaltyLedger.Domain.Tests.Money;

/// <summary>
/// The limits compose (docs/money.md): the largest values the ingest and registry accept, driven through rating,
/// splitting, posting and payout, are exact to the nano (checked against BigInteger arithmetic), conserve money, and
/// overflow nothing. Uses are drawn mostly at the limits (max units, max price, per_units 1, weight max, revenue max)
/// with 1 to 12 contributors in extreme splits (9,999/1, 1 bps, all but one at zero).
/// </summary>
public class LimitsProperties
{
    private const string Seed = "0N0XIzNsQ0O2";

    private static readonly Gen<long> GenUnits = Gen.OneOf(Gen.Const(UsageEventRules.MaxUnits), Gen.Const(1L), Gen.Long[1, UsageEventRules.MaxUnits]);
    private static readonly Gen<long> GenPrice = Gen.OneOf(Gen.Const(Tariff.MaxPriceMicros), Gen.Const(0L), Gen.Long[0, Tariff.MaxPriceMicros]);
    private static readonly Gen<long> GenPerUnits = Gen.OneOf(Gen.Const(1L), Gen.Const(Tariff.MaxPerUnits), Gen.Long[1, Tariff.MaxPerUnits]);
    private static readonly Gen<int> GenWeight = Gen.OneOf(Gen.Const(Scales.PartsPerMillionWhole), Gen.Const(1), Gen.Int[0, Scales.PartsPerMillionWhole]);
    private static readonly Gen<long?> GenRevenue = Gen.OneOf(
        Gen.Const((long?)UsageEventRules.MaxRevenueMicros), Gen.Const((long?)null), Gen.Long[0, UsageEventRules.MaxRevenueMicros].Select(r => (long?)r));

    /// <summary>1 to 12 contributors whose shares sum to 10,000 bps, drawn from extreme shapes.</summary>
    private static readonly Gen<Contributor[]> GenSplit = Gen.Int[1, 12].SelectMany(n => Gen.OneOf(
        Gen.Const(Extreme(n, 9_999)),
        Gen.Const(Extreme(n, 10_000 - (n - 1))),
        Gen.Int[0, 10_000].Array[n - 1].Select(cuts =>
        {
            int[] bounds = [0, .. cuts.Order(), 10_000];
            return Enumerable.Range(0, n).Select(i => new Contributor($"c-{i:D2}", "author", bounds[i + 1] - bounds[i])).ToArray();
        })));

    private sealed record Use(long Units, long PriceMicros, long PerUnits, int WeightPpm, long? RevenueMicros, int RevenueShareBps, Contributor[] Split, bool Licensed);

    private static readonly Gen<Use> GenUse = Gen.Select(GenUnits, GenPrice, GenPerUnits, GenWeight, GenRevenue, Gen.OneOf(Gen.Const(10_000), Gen.Int[1, 10_000]))
        .SelectMany(t => Gen.Select(GenSplit, Gen.Bool, (split, licensed) => new Use(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, split, licensed)));

    /// <summary>n contributors: the first holds <paramref name="first"/> bps, the rest 1 bps each and the last what is left.</summary>
    private static Contributor[] Extreme(int n, int first)
    {
        if (n == 1)
        {
            return [new Contributor("c-00", "author", 10_000)];
        }

        var shares = new int[n];
        shares[0] = Math.Min(first, 10_000 - (n - 1));
        for (var i = 1; i < n; i++)
        {
            shares[i] = 1;
        }

        shares[n - 1] += 10_000 - shares.Sum();
        return [.. shares.Select((s, i) => new Contributor($"c-{i:D2}", "author", s))];
    }

    [Fact]
    public void Rating_LargestValues_IsTheExactFloorAndFitsTheBound()
    {
        GenUse.Sample(u =>
        {
            var amount = UsageRater.AmountNanos(u.Units, new Tariff("EUR", u.PriceMicros, u.PerUnits, "tokens"), u.WeightPpm);
            var exact = BigInteger.Divide((BigInteger)u.Units * u.PriceMicros * u.WeightPpm * 1_000, (BigInteger)u.PerUnits * 1_000_000);
            var revenue = u.RevenueMicros is { } r ? UsageRater.RevenueShareNanos(r, u.RevenueShareBps, u.WeightPpm) : 0;
            var exactRevenue = u.RevenueMicros is { } rr ? BigInteger.Divide((BigInteger)rr * u.RevenueShareBps * u.WeightPpm * 1_000, (BigInteger)10_000 * 1_000_000) : 0;
            return (BigInteger)amount == exact && (BigInteger)revenue == exactRevenue
                && amount + revenue <= MaxUse && LedgerAmounts.InRange(amount + revenue);
        }, seed: Seed, iter: 3_000);
    }

    /// <summary>10^23 + 10^18 nanos: the largest use (docs/money.md).</summary>
    private static readonly Int128 MaxUse = ((Int128)UsageEventRules.MaxUnits * Tariff.MaxPriceMicros * Scales.NanosPerMicro)
        + ((Int128)UsageEventRules.MaxRevenueMicros * Scales.NanosPerMicro);

    [Fact]
    public void RatingSplittingPostingAndPayout_LargestUses_ConserveEveryNano()
    {
        GenUse.Array[1, 40].Sample(uses =>
        {
            var book = new PostingBook();
            var owed = new Dictionary<string, BigInteger>(StringComparer.Ordinal);
            BigInteger operatorDebit = 0;
            foreach (var u in uses)
            {
                var tariff = new Tariff("EUR", u.PriceMicros, u.PerUnits, "tokens");
                var parts = u.Licensed ? LicensedParts(u, tariff) : ClaimParts(u, tariff);
                var exactTotal = u.Licensed
                    ? ExactLicensed(u)
                    : BigInteger.Divide((BigInteger)u.Units * u.PriceMicros * u.WeightPpm * 1_000 * 10_000, (BigInteger)u.PerUnits * 1_000_000 * 10_000);
                Assert.Equal(exactTotal, (BigInteger)parts.Sum(p => p.AmountNanos));
                Assert.All(parts, p => Assert.True(p.AmountNanos >= 0 && p.Currency.Length == 3, $"part {p}"));
                UsePostings.Post(book, u.Licensed ? Accounts.Operator("op") : Accounts.Claims("op"), u.Licensed ? Accounts.Party : Accounts.Claimed, "w", parts);
                operatorDebit += exactTotal;
                foreach (var p in parts.Where(_ => u.Licensed))
                {
                    owed[p.PartyId] = owed.GetValueOrDefault(p.PartyId) + (BigInteger)p.AmountNanos;
                }
            }

            var lines = book.Lines();
            Assert.Null(JournalBalance.Imbalance(lines));
            Assert.DoesNotContain(lines, l => l.AmountNanos == 0);
            var payers = lines.Where(l => l.AmountNanos > 0).Sum(l => l.AmountNanos);
            Assert.Equal(operatorDebit, (BigInteger)payers);

            var balances = owed.Select(o => new MemberBalance(o.Key, (Int128)o.Value)).ToList();
            var (payout, summary) = PayoutCalculator.Compute(new PayoutPolicy("soc", "EUR", 1_500, 100), balances);
            Assert.Equal(owed.Values.Where(v => v > 0).Aggregate(BigInteger.Zero, (a, b) => a + b), (BigInteger)summary.PayableNanos);
            Assert.All(payout, l =>
            {
                Assert.Equal(l.GrossNanos, l.PaidNanos + l.CommissionNanos + l.CarriedNanos);
                Assert.Equal(l.Held ? 0 : (BigInteger)l.GrossNanos * 1_500 / 10_000, (BigInteger)l.CommissionNanos);
                Assert.Equal(l.PaidMinor * 10_000_000, l.PaidNanos);
            });
        }, seed: Seed, iter: 300);
    }

    [Fact]
    public void PostingBook_SumLeavingTheStoredBound_ThrowsNamingTheLine()
    {
        var book = new PostingBook();
        book.Post("party:ada", "w-1", "EUR", LedgerAmounts.Max);
        var error = Assert.Throws<LedgerAmountOverflowException>(() => book.Post("party:ada", "w-1", "EUR", 1));
        Assert.Contains("party:ada", error.Message, StringComparison.Ordinal);
        Assert.Contains("w-1", error.Message, StringComparison.Ordinal);
        Assert.Contains("EUR", error.Message, StringComparison.Ordinal);
        book.Post("party:ada", "w-1", "EUR", -LedgerAmounts.Max);
        Assert.Empty(book.Lines());
    }

    [Fact]
    public void PayoutCalculator_BalanceAtTheStoredBound_IsExactAndReconciles()
    {
        var (lines, summary) = PayoutCalculator.Compute(new PayoutPolicy("soc", "EUR", 9_999, 1), [new MemberBalance("ada", LedgerAmounts.Max)]);
        var line = Assert.Single(lines);
        Assert.Equal((BigInteger)LedgerAmounts.Max * 9_999 / 10_000, (BigInteger)line.CommissionNanos);
        Assert.Equal(LedgerAmounts.Max, summary.PaidNanos + summary.CommissionNanos + summary.CarriedNanos + summary.HeldNanos);
    }

    private static BigInteger ExactLicensed(Use u)
    {
        var usage = BigInteger.Divide((BigInteger)u.Units * u.PriceMicros * u.WeightPpm * 1_000, (BigInteger)u.PerUnits * 1_000_000);
        var revenue = u.RevenueMicros is { } r ? BigInteger.Divide((BigInteger)r * u.RevenueShareBps * u.WeightPpm * 1_000, (BigInteger)10_000 * 1_000_000) : 0;
        return usage + revenue;
    }

    private static PartAmount[] LicensedParts(Use u, Tariff tariff)
    {
        var amount = UsageRater.AmountNanos(u.Units, tariff, u.WeightPpm)
            + (u.RevenueMicros is { } r ? UsageRater.RevenueShareNanos(r, u.RevenueShareBps, u.WeightPpm) : 0);
        var split = UsageRater.SplitNanos(amount, u.Split);
        return [.. u.Split.Select((c, i) => new PartAmount(c.CreatorId, "EUR", split[i]))];
    }

    /// <summary>Every contributor in one society at this tariff: the claim is the licensed amount of the whole split.</summary>
    private static PartAmount[] ClaimParts(Use u, Tariff tariff)
    {
        var tariffs = u.Split.ToDictionary(c => c.CreatorId, _ => new SocietyTariff("soc", tariff));
        var price = UnlicensedPricing.Price(u.Units, u.WeightPpm, u.Split, tariffs);
        return [.. price.Parts.Select(p => new PartAmount(p.CreatorId, p.Currency, p.AmountNanos))];
    }
}
