using RoyaltyLedger.Domain.Usage;

namespace RoyaltyLedger.Domain.Tests.Usage;

public class UsageEventRulesTests
{
    private static readonly UsageEvent Good = new("e-1", "model-1", "work-1", UseKind.Training, 1_000, "tokens", 1_000_000,
        new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), "manifest", "1");

    [Fact]
    public void Validate_WellFormedEvent_IsAccepted()
    {
        Assert.Null(UsageEventRules.Validate(0, Good));
    }

    [Fact]
    public void Validate_NegativeUnits_NamesFieldAndValue()
    {
        var rejection = UsageEventRules.Validate(3, Good with { Units = -5 });
        Assert.Equal(new EventRejection(3, RejectionReason.InvalidValue, "events[3].units",
            $"events[3].units is -5, expected 1 to {UsageEventRules.MaxUnits:N0}"), rejection);
    }

    [Fact]
    public void Validate_WeightOverOneMillion_NamesFieldAndValue()
    {
        var rejection = UsageEventRules.Validate(0, Good with { AttributionWeightPpm = 1_000_001 });
        Assert.Equal("events[0].attribution_weight_ppm is 1,000,001, expected 0 to 1,000,000", rejection?.Message);
        Assert.Equal(RejectionReason.InvalidValue, rejection?.Reason);
    }

    [Fact]
    public void Validate_WeightAtBounds_IsAccepted()
    {
        Assert.Null(UsageEventRules.Validate(0, Good with { AttributionWeightPpm = 0 }));
        Assert.Null(UsageEventRules.Validate(0, Good with { AttributionWeightPpm = 1_000_000 }));
    }

    [Fact]
    public void Validate_MissingWeight_IsMissingField()
    {
        var rejection = UsageEventRules.Validate(0, Good with { AttributionWeightPpm = null });
        Assert.Equal(RejectionReason.MissingField, rejection?.Reason);
        Assert.Equal("events[0].attribution_weight_ppm", rejection?.Field);
    }

    [Fact]
    public void Validate_EmptyEventId_IsMissingField()
    {
        var rejection = UsageEventRules.Validate(1, Good with { EventId = "" });
        Assert.Equal(new EventRejection(1, RejectionReason.MissingField, "events[1].event_id", "events[1].event_id is required"), rejection);
    }

    [Fact]
    public void Validate_MalformedWorkId_IsInvalidValue()
    {
        var rejection = UsageEventRules.Validate(0, Good with { WorkId = "work one/two" });
        Assert.Equal(RejectionReason.InvalidValue, rejection?.Reason);
        Assert.Contains("'work one/two'", rejection?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnspecifiedUse_IsMissingField()
    {
        Assert.Equal(RejectionReason.MissingField, UsageEventRules.Validate(0, Good with { Use = UseKind.Unspecified })?.Reason);
    }

    [Theory]
    [InlineData(UseKind.Training)]
    [InlineData(UseKind.FineTuning)]
    [InlineData(UseKind.Retrieval)]
    [InlineData(UseKind.Output)]
    [InlineData(UseKind.StyleImitation)]
    public void Validate_EachUseThatConsentAndLicencesName_IsAccepted(UseKind use)
    {
        Assert.Null(UsageEventRules.Validate(0, Good with { Use = use }));
    }

    [Fact]
    public void Validate_UseBeyondTheEnum_NamesFieldValueAndTheUsesExpected()
    {
        var rejection = UsageEventRules.Validate(3, Good with { Use = (UseKind)6 });

        Assert.Equal(RejectionReason.InvalidValue, rejection?.Reason);
        Assert.Equal("events[3].use", rejection?.Field);
        Assert.Equal("events[3].use is 6 (6), expected training, fine-tuning, retrieval, output or style-imitation", rejection?.Message);
    }

    [Fact]
    public void Validate_MissingOccurredAt_IsMissingField()
    {
        Assert.Equal("events[0].occurred_at", UsageEventRules.Validate(0, Good with { OccurredAt = null })?.Field);
    }

    [Fact]
    public void Validate_UnitsAtMaximum_IsAcceptedAndOneMoreIsNot()
    {
        Assert.Null(UsageEventRules.Validate(0, Good with { Units = UsageEventRules.MaxUnits }));
        Assert.NotNull(UsageEventRules.Validate(0, Good with { Units = UsageEventRules.MaxUnits + 1 }));
    }

    [Fact]
    public void Validate_RevenueAtMaximum_IsAcceptedAndOneMoreNamesFieldAndValue()
    {
        Assert.Null(UsageEventRules.Validate(0, Good with { RevenueMicros = UsageEventRules.MaxRevenueMicros, RevenueCurrency = "EUR" }));
        Assert.Null(UsageEventRules.Validate(0, Good with { RevenueMicros = 0, RevenueCurrency = "EUR" }));
        var rejection = UsageEventRules.Validate(0, Good with { RevenueMicros = UsageEventRules.MaxRevenueMicros + 1, RevenueCurrency = "EUR" });
        Assert.Equal($"events[0].revenue_micros is {UsageEventRules.MaxRevenueMicros + 1:N0}, expected 0 to {UsageEventRules.MaxRevenueMicros:N0}", rejection?.Message);
    }
}
