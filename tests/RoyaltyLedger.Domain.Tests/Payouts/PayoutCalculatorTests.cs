using RoyaltyLedger.Domain.Money;
using CsCheck;
using RoyaltyLedger.Domain.Payouts;

namespace RoyaltyLedger.Domain.Tests.Payouts;

public class PayoutCalculatorTests
{
    private static readonly PayoutPolicy Eur = new("soc", "EUR", 1_500, 100);

    [Fact]
    public void Compute_MemberOverTheMinimum_PaysWholeCentsAfterCommissionAndCarriesTheRest()
    {
        // 12.345678901 EUR owed; 15 % commission = 1.851851835; net 10.493827066 → 10.49 paid, 0.003827066 carried.
        var (lines, summary) = PayoutCalculator.Compute(Eur, [new MemberBalance("ana", 12_345_678_901)]);

        Assert.Equal(new PayoutLine("ana", "EUR", 12_345_678_901, 1_851_851_835, 1_049, 10_490_000_000, 3_827_066, Held: false), Assert.Single(lines));
        Assert.Equal(new PayoutSummary("EUR", 12_345_678_901, 10_490_000_000, 1_049, 1_851_851_835, 3_827_066, 0, 1, 0), summary);
    }

    [Fact]
    public void Compute_MemberUnderTheMinimum_IsHeldWithNoCommission()
    {
        // 1.10 EUR net of 15 % is 0.935: under the 1.00 EUR minimum, so nothing is charged or paid.
        var (lines, summary) = PayoutCalculator.Compute(Eur, [new MemberBalance("ben", 1_100_000_000), new MemberBalance("ana", 0)]);

        Assert.Equal(new PayoutLine("ben", "EUR", 1_100_000_000, 0, 0, 0, 1_100_000_000, Held: true), Assert.Single(lines));
        Assert.Equal((0, 1, 1_100_000_000L), (summary.PartiesPaid, summary.PartiesHeld, summary.HeldNanos));
    }

    [Fact]
    public void Compute_ZeroDecimalCurrency_PaysWholeYen()
    {
        var (lines, _) = PayoutCalculator.Compute(new PayoutPolicy("soc", "JPY", 0, 1), [new MemberBalance("cai", 1_999_999_999)]);
        Assert.Equal((1L, 999_999_999L), (lines[0].PaidMinor, lines[0].CarriedNanos));
    }

    [Fact]
    public void Compute_AnyBalances_ReconcilesPerMemberAndInTotalAndIgnoresInputOrder()
    {
        var gen = Gen.Select(Gen.Int[0, 10_000], Gen.Long[0, 10_000], Gen.Select(Gen.Int[0, 30], Gen.Long[0, 50_000_000_000]).Array[0, 40]);
        gen.Sample((bps, minimum, raw) =>
        {
            var policy = new PayoutPolicy("soc", "EUR", bps, minimum);
            var balances = raw.GroupBy(r => r.Item1).Select(g => new MemberBalance($"m{g.Key}", g.Max(r => r.Item2))).ToList();
            var (lines, summary) = PayoutCalculator.Compute(policy, balances);
            var (reversed, _) = PayoutCalculator.Compute(policy, Enumerable.Reverse(balances));

            Assert.Equal(lines, reversed);
            Assert.All(lines, l => Assert.Equal(l.GrossNanos, l.PaidNanos + l.CommissionNanos + l.CarriedNanos));
            Assert.All(lines, l => Assert.True(l.Held ? l.PaidMinor == 0 : l.PaidMinor >= Math.Max(1, minimum) && l.CarriedNanos < 10_000_000));
            Assert.Equal(balances.Sum(b => b.OwedNanos), summary.PaidNanos + summary.CommissionNanos + summary.CarriedNanos + summary.HeldNanos);
        }, iter: 500, seed: "0N0XIzNsQ0O2");
    }
}
