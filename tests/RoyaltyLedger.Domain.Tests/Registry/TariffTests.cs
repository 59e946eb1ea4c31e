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
                "tariff.price_micros is -5, expected 0 to 1,000,000,000,000",
                "tariff.per_units is 0, expected a positive count",
                "tariff.unit_kind is required",
            ],
            violations.Select(v => v.Description));
    }
}
