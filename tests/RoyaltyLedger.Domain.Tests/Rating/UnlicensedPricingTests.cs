using RoyaltyLedger.Domain.Usage;
using System.Numerics;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Rating;
using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Tests.Rating;

public class UnlicensedPricingTests
{
    private static readonly Tariff EuroPerMillionTokens = new("EUR", 2_000_000, 1_000_000, "tokens");
    private static readonly Tariff DollarPerMillionTokens = new("USD", 1_000_000, 1_000_000, "tokens");

    [Fact]
    public void Price_OneSocietyHoldingAllShares_ClaimsTheLicensedAmountSplitByShares()
    {
        var price = UnlicensedPricing.Price(1_000_000, 1_000_000,
            [new Contributor("b", "lyricist", 4_000), new Contributor("a", "composer", 6_000)],
            new Dictionary<string, SocietyTariff> { ["a"] = new("s-1", EuroPerMillionTokens), ["b"] = new("s-1", EuroPerMillionTokens) });

        Assert.Equal(
            [new UnlicensedPart("a", "s-1", "EUR", 1_200_000_000, true), new UnlicensedPart("b", "s-1", "EUR", 800_000_000, true)],
            price.Parts);
        Assert.Equal([new CurrencyAmount("EUR", 2_000_000_000)], price.Totals);
    }

    [Fact]
    public void Price_TwoSocietiesAndACreatorWithout_EachSocietyClaimsItsContributorsShareOnly()
    {
        // Half weight: s-1 claims 1M tokens × EUR 2/M × 0.5 × 60% = EUR 0.6, s-2 1M × USD 1/M × 0.5 × 30% = USD 0.15.
        var price = UnlicensedPricing.Price(1_000_000, 500_000,
            [new Contributor("a", "composer", 6_000), new Contributor("b", "lyricist", 3_000), new Contributor("c", "performer", 1_000)],
            new Dictionary<string, SocietyTariff> { ["a"] = new("s-1", EuroPerMillionTokens), ["b"] = new("s-2", DollarPerMillionTokens) });

        Assert.Equal(
            [
                new UnlicensedPart("a", "s-1", "EUR", 600_000_000, true),
                new UnlicensedPart("b", "s-2", "USD", 150_000_000, true),
                new UnlicensedPart("c", "", "", 0, false),
            ],
            price.Parts);
        Assert.Equal([new CurrencyAmount("EUR", 600_000_000), new CurrencyAmount("USD", 150_000_000)], price.Totals);
    }

    [Fact]
    public void Price_OddClaimBetweenEqualShares_GivesTheLastNanoToTheCreatorIdSortingFirst()
    {
        // 1 unit at 1 micro per 3 units = 333.33… nanos, floored to 333; 166.5 each, the leftover nano to "a".
        var tariff = new Tariff("EUR", 1, 3, "tokens");
        var price = UnlicensedPricing.Price(1, 1_000_000,
            [new Contributor("b", "lyricist", 5_000), new Contributor("a", "composer", 5_000)],
            new Dictionary<string, SocietyTariff> { ["a"] = new("s-1", tariff), ["b"] = new("s-1", tariff) });

        Assert.Equal([("a", 167L), ("b", 166L)], price.Parts.Select(p => (p.CreatorId, p.AmountNanos)));
        Assert.Equal([new CurrencyAmount("EUR", 333)], price.Totals);
    }

    [Fact]
    public void Price_CreatorNamedTwice_IsPricedOnceOnTheSumOfTheirShares()
    {
        var price = UnlicensedPricing.Price(1_000_000, 1_000_000,
            [new Contributor("a", "composer", 3_000), new Contributor("b", "performer", 4_000), new Contributor("a", "lyricist", 3_000)],
            new Dictionary<string, SocietyTariff> { ["a"] = new("s-1", EuroPerMillionTokens), ["b"] = new("s-1", EuroPerMillionTokens) });

        Assert.Equal([("a", 1_200_000_000L), ("b", 800_000_000L)], price.Parts.Select(p => (p.CreatorId, p.AmountNanos)));
    }

    [Fact]
    public void Price_NoContributors_HasNoPartsAndNoTotals()
    {
        var price = UnlicensedPricing.Price(1_000, 1_000_000, [], new Dictionary<string, SocietyTariff>());
        Assert.Equal((0, 0), (price.Parts.Count, price.Totals.Count));
    }

    [Fact]
    public void Price_NoContributorHasATariff_AllGetNothingAndThereIsNoTotal()
    {
        var price = UnlicensedPricing.Price(1_000, 1_000_000, [new Contributor("a", "author", 10_000)], new Dictionary<string, SocietyTariff>());
        Assert.Equal([new UnlicensedPart("a", "", "", 0, false)], price.Parts);
        Assert.Empty(price.Totals);
    }

    [Fact]
    public void Price_SharesOverTheWhole_ThrowsNamingTheSum()
    {
        var error = Assert.Throws<ArgumentException>(() => UnlicensedPricing.Price(1, 1,
            [new Contributor("a", "author", 6_000), new Contributor("b", "author", 4_001)], new Dictionary<string, SocietyTariff>()));
        Assert.Equal("contributors' shares sum to 10,001 basis points, expected at most 10,000 (Parameter 'contributors')", error.Message);
    }

    [Fact]
    public void Price_TwoTariffsInOneSociety_ThrowsNamingTheSocietyAndCreators()
    {
        var error = Assert.Throws<ArgumentException>(() => UnlicensedPricing.Price(1, 1,
            [new Contributor("a", "author", 5_000), new Contributor("b", "author", 5_000)],
            new Dictionary<string, SocietyTariff> { ["a"] = new("s-1", EuroPerMillionTokens), ["b"] = new("s-1", DollarPerMillionTokens) }));
        Assert.StartsWith("society s-1 has two unlicensed tariffs for one use: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("for creator a and ", error.Message, StringComparison.Ordinal);
        Assert.Contains("for creator b", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SocietyAmountNanos_AtTheIngestLimits_IsExactWhereOneInt128ProductWouldOverflow()
    {
        // At the limits the numerator times the shares is 10^33; a per_units that leaves a remainder checks the floor.
        var tariff = new Tariff("EUR", Tariff.MaxPriceMicros, 99_999_999_989, "tokens");
        const long units = UsageEventRules.MaxUnits;

        var amount = UnlicensedPricing.SocietyAmountNanos(units, tariff, 1_000_000, 9_999);

        var exact = BigInteger.Divide(
            (BigInteger)units * tariff.PriceMicros * 1_000_000 * 1_000 * 9_999, (BigInteger)tariff.PerUnits * 1_000_000 * 10_000);
        Assert.Equal((Int128)exact, amount);
        Assert.Equal((Int128)999_900_000_109L, amount);
    }

    [Fact]
    public void SocietyAmountNanos_AllSharesAtTheIngestLimits_EqualsTheLicensedAmount()
    {
        var tariff = new Tariff("EUR", Tariff.MaxPriceMicros, UsageEventRules.MaxUnits, "tokens");
        Assert.Equal(UsageRater.AmountNanos(UsageEventRules.MaxUnits, tariff, 1_000_000),
            UnlicensedPricing.SocietyAmountNanos(UsageEventRules.MaxUnits, tariff, 1_000_000, 10_000));
    }

    [Fact]
    public void SocietyAmountNanos_AmountBeyondSixtyFourBits_IsExact()
    {
        // 10^11 units at 10^9 micros each is 10^23 nanos, past 64 bits; Int128 holds it exactly.
        var tariff = new Tariff("EUR", Tariff.MaxPriceMicros, 1, "tokens");
        Assert.Equal((Int128)UsageEventRules.MaxUnits * Tariff.MaxPriceMicros * 1_000,
            UnlicensedPricing.SocietyAmountNanos(UsageEventRules.MaxUnits, tariff, 1_000_000, 10_000));
    }

    [Fact]
    public void SocietyAmountNanos_ImpossibleValuesPastInt128_ThrowOverflowNotWrap()
    {
        var tariff = new Tariff("EUR", long.MaxValue, 1, "tokens");
        Assert.Throws<OverflowException>(() => UnlicensedPricing.SocietyAmountNanos(long.MaxValue, tariff, 1_000_000, 10_000));
    }

    [Fact]
    public void SocietyAmountNanos_SharesOverTheWhole_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UnlicensedPricing.SocietyAmountNanos(1, EuroPerMillionTokens, 1_000_000, 10_001));
    }
}
