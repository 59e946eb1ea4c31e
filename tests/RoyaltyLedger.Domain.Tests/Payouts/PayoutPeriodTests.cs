using RoyaltyLedger.Domain.Payouts;

namespace RoyaltyLedger.Domain.Tests.Payouts;

public class PayoutPeriodTests
{
    [Theory]
    [InlineData("2026-11", "2026-11", "2026-11", 1)]
    [InlineData("2026-10..2026-12", "2026-10", "2026-12", 3)]
    [InlineData("2025-12..2026-11", "2025-12", "2026-11", 12)]
    [InlineData("9999-12", "9999-12", "9999-12", 1)]
    public void Parse_MonthOrRange_FirstLastAndCount(string text, string first, string last, int months)
    {
        var (period, violation) = PayoutPeriod.Parse("period", text);

        Assert.Null(violation);
        Assert.Equal((first, last, months, text), (period!.First, period.Last, period.MonthCount, period.ToString()));
        Assert.Equal(months, period.Months().Count());
    }

    [Theory]
    [InlineData("", "is not a month")]
    [InlineData("2026-00", "is not a month")]
    [InlineData("2026-13", "is not a month")]
    [InlineData("2026/11", "is not a month")]
    [InlineData("2026-11..2026-13", "is not a month")]
    [InlineData("2026-12..2026-11", "runs backwards")]
    [InlineData("2025-11..2026-11", "covers 13 months, more than the 12")]
    public void Parse_Malformed_ViolationNamingFieldAndValue(string text, string expected)
    {
        var (period, violation) = PayoutPeriod.Parse("period", text);

        Assert.Null(period);
        Assert.Equal("period", violation!.Field);
        Assert.Contains($"period '{text}' ", violation.Description, StringComparison.Ordinal);
        Assert.Contains(expected, violation.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-30T23:59:59Z", "2026-11")]
    [InlineData("2026-11-30T23:59:59.999Z", "2026-11")]
    [InlineData("2026-12-01T00:00:00Z", "2026-11")]
    [InlineData("2026-12-31T23:59:59Z", "2026-12")]
    [InlineData("2026-11-30T23:59:59+00:00", "2026-11")]
    public void FromPeriodEnd_EndOfAMonth_ThatMonth(string end, string month)
    {
        var (period, violation) = PayoutPeriod.FromPeriodEnd("period_end", DateTimeOffset.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Null(violation);
        Assert.Equal(month, period!.ToString());
        Assert.Equal(DateTimeOffset.Parse(month + "-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture).AddMonths(1), period.End);
    }

    [Theory]
    [InlineData("2026-11-30T23:59:58Z")]
    [InlineData("2026-11-15T00:00:00Z")]
    [InlineData("2026-12-01T00:00:01Z")]
    public void FromPeriodEnd_InsideAMonth_RefusedGivingTheRightForm(string end)
    {
        var (period, violation) = PayoutPeriod.FromPeriodEnd("period_end", DateTimeOffset.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Null(period);
        Assert.Contains("is not the end of a month: a cycle pays whole months of use; give the period as --period 2026-", violation!.Description, StringComparison.Ordinal);
    }
}
