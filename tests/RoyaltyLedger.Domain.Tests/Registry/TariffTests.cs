using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Tests.Registry;

public class TariffTests
{
    [Fact]
    public void Validate_WellFormed_HasNoViolations()
    {
        Assert.Empty(new Tariff("EUR", 2_000_000, 1_000_000, "tokens").Validate("tariff"));
    }

    [Fact]
    public void Validate_EveryFieldWrong_NamesEachFieldAndValue()
    {
        var violations = new Tariff("euro", -5, 0, "").Validate("tariff");
        Assert.Equal(
            [
                "tariff.currency 'euro' is not an ISO 4217 code of three capital letters",
                $"tariff.price_micros is -5, expected 0 to {Tariff.MaxPriceMicros:N0}",
                $"tariff.per_units is 0, expected 1 to {Tariff.MaxPerUnits:N0}",
                "tariff.unit_kind is required",
            ],
            violations.Select(v => v.Description));
    }

    [Fact]
    public void Validate_AtEveryLimit_IsAccepted()
    {
        Assert.Empty(new Tariff("EUR", Tariff.MaxPriceMicros, 1, "tokens").Validate("tariff"));
        Assert.Empty(new Tariff("EUR", 0, Tariff.MaxPerUnits, "tokens").Validate("tariff"));
    }

    [Fact]
    public void Validate_OnePastEachLimit_NamesFieldAndValue()
    {
        Assert.Equal(
            [
                $"tariff.price_micros is {Tariff.MaxPriceMicros + 1:N0}, expected 0 to {Tariff.MaxPriceMicros:N0}",
                $"tariff.per_units is {Tariff.MaxPerUnits + 1:N0}, expected 1 to {Tariff.MaxPerUnits:N0}",
            ],
            new Tariff("EUR", Tariff.MaxPriceMicros + 1, Tariff.MaxPerUnits + 1, "tokens").Validate("tariff").Select(v => v.Description));
    }
}
