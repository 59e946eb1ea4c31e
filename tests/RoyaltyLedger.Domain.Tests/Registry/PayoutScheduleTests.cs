using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Tests.Registry;

public class PayoutScheduleTests
{
    [Theory]
    // Paid on the period's last day: today's period is the next one paid, even on that very day.
    [InlineData("monthly", 0, "2026-12-03", "2026-12", "2026-12", "2026-12-31")]
    [InlineData("monthly", 0, "2026-12-31", "2026-12", "2026-12", "2026-12-31")]
    [InlineData("monthly", 0, "2027-01-01", "2027-01", "2027-01", "2027-01-31")]
    // 45 days after: on 3 December, October's payout (15 December) comes before November's (14 January).
    [InlineData("monthly", 45, "2026-12-03", "2026-10", "2026-10", "2026-12-15")]
    [InlineData("monthly", 45, "2026-12-16", "2026-11", "2026-11", "2027-01-14")]
    [InlineData("monthly", 45, "2027-01-14", "2026-11", "2026-11", "2027-01-14")]
    [InlineData("monthly", 45, "2027-01-15", "2026-12", "2026-12", "2027-02-14")]
    // Long delays reach more than one period back.
    [InlineData("monthly", 366, "2026-12-03", "2025-12", "2025-12", "2027-01-01")]
    [InlineData("quarterly", 30, "2026-12-03", "2026-10", "2026-12", "2027-01-30")]
    [InlineData("quarterly", 30, "2026-10-30", "2026-07", "2026-09", "2026-10-30")]
    [InlineData("quarterly", 30, "2026-10-31", "2026-10", "2026-12", "2027-01-30")]
    [InlineData("quarterly", 0, "2024-02-29", "2024-01", "2024-03", "2024-03-31")]
    public void Next_Today_EarliestPayoutNotYetPassed(string frequency, int days, string today, string from, string to, string on)
    {
        var next = new PayoutSchedule(frequency, days, 1_000).Next(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new ExpectedPayout(from, to, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)), next);
    }

    [Theory]
    [InlineData("monthly", 0, 0L)]
    [InlineData("quarterly", 1, 1L)]
    [InlineData("monthly", PayoutSchedule.MaxDaysAfterPeriodEnd, PayoutSchedule.MaxMinimumPayoutMinor)]
    public void Validate_AtTheEdges_NoViolations(string frequency, int days, long minimum)
    {
        Assert.Empty(new PayoutSchedule(frequency, days, minimum).Validate("payout_schedule"));
    }

    [Fact]
    public void Validate_EveryFieldOutOfRange_NamesEachFieldAndValue()
    {
        var violations = new PayoutSchedule("weekly", PayoutSchedule.MaxDaysAfterPeriodEnd + 1, PayoutSchedule.MaxMinimumPayoutMinor + 1).Validate("payout_schedule");

        Assert.Equal(
        [
            ("payout_schedule.frequency", "payout_schedule.frequency 'weekly' is not one of monthly, quarterly"),
            ("payout_schedule.days_after_period_end", "payout_schedule.days_after_period_end is 367, expected 0 to 366"),
            ("payout_schedule.minimum_payout_minor", "payout_schedule.minimum_payout_minor is 1,000,000,000,001, expected 0 to 1,000,000,000,000"),
        ], violations.Select(v => (v.Field, v.Description)));
    }

    [Theory]
    [InlineData("", 0, -1L, "payout_schedule.frequency '' is not one of monthly, quarterly|payout_schedule.minimum_payout_minor is -1, expected 0 to 1,000,000,000,000")]
    [InlineData("Monthly", -1, 0L, "payout_schedule.frequency 'Monthly' is not one of monthly, quarterly|payout_schedule.days_after_period_end is -1, expected 0 to 366")]
    public void Validate_EmptyCaseOrNegative_Refused(string frequency, int days, long minimum, string expected)
    {
        Assert.Equal(expected.Split('|'), new PayoutSchedule(frequency, days, minimum).Validate("payout_schedule").Select(v => v.Description));
    }
}
