using RoyaltyLedger.Domain.Usage;
using RoyaltyLedger.Domain.Money;
using CsCheck;
using RoyaltyLedger.Domain.Rating;
using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Tests.Rating;

public class UsageRaterTests
{
    [Fact]
    public void AmountNanos_OneMillionTokensAtTwoEurosPerMillion_IsTwoEuros()
    {
        var tariff = new Tariff("EUR", 2_000_000, 1_000_000, "tokens");
        Assert.Equal(2_000_000_000L, UsageRater.AmountNanos(1_000_000, tariff, 1_000_000));
    }

    [Fact]
    public void AmountNanos_HalfWeight_IsHalfTheAmount()
    {
        var tariff = new Tariff("EUR", 50_000, 1, "images");
        Assert.Equal(25_000_000L, UsageRater.AmountNanos(1, tariff, 500_000));
    }

    [Fact]
    public void AmountNanos_FractionBelowOneNano_IsTruncated()
    {
        // 1 token at 1 micro per 3 tokens = 333.33… nanos.
        var tariff = new Tariff("EUR", 1, 3, "tokens");
        Assert.Equal(333L, UsageRater.AmountNanos(1, tariff, 1_000_000));
    }

    [Fact]
    public void AmountNanos_ZeroWeight_IsZero()
    {
        Assert.Equal(0L, UsageRater.AmountNanos(1_000, new Tariff("EUR", 9_999, 1, "images"), 0));
    }

    [Fact]
    public void AmountNanos_ProductOverflowingLong_IsStillExactThroughInt128()
    {
        // 10^11 units × 10^9 micros would overflow 64 bits before the division.
        var tariff = new Tariff("EUR", Tariff.MaxPriceMicros, UsageEventRules.MaxUnits, "tokens");
        Assert.Equal((Int128)Tariff.MaxPriceMicros * 1_000, UsageRater.AmountNanos(UsageEventRules.MaxUnits, tariff, 1_000_000));
    }

    [Fact]
    public void AmountNanos_LargestUse_Is10To23NanosPastLong()
    {
        // Bug 1 of issue 11: the largest use at the limits no longer fits 64 bits; it is exact in Int128.
        var tariff = new Tariff("EUR", Tariff.MaxPriceMicros, 1, "tokens");
        var amount = UsageRater.AmountNanos(UsageEventRules.MaxUnits, tariff, Scales.PartsPerMillionWhole);
        Assert.Equal((Int128)UsageEventRules.MaxUnits * Tariff.MaxPriceMicros * Scales.NanosPerMicro, amount);
        Assert.True(amount > long.MaxValue);
    }

    [Fact]
    public void SplitNanos_AnyAmountAndSplits_PartsSumToAmount()
    {
        var gen = Gen.Select(Gen.Long[0, 1_000_000_000_000], Gen.Int[1, 9_999]);
        gen.Sample((amount, first) =>
        {
            var parts = UsageRater.SplitNanos(amount, [new Contributor("a", "composer", first), new Contributor("b", "lyricist", 10_000 - first)]);
            return parts.Sum() == amount;
        }, seed: "0N0XIzNsQ0O2", iter: 2_000);
    }
}
