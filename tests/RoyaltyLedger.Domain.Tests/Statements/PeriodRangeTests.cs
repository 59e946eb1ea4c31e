using RoyaltyLedger.Domain.Statements;

namespace RoyaltyLedger.Domain.Tests.Statements;

public class PeriodRangeTests
{
    [Theory]
    [InlineData("0001-01")]
    [InlineData("2026-01")]
    [InlineData("2026-12")]
    [InlineData("9999-12")]
    public void IsMonth_EdgeMonthsAndYears_True(string value) => Assert.True(PeriodRange.IsMonth(value));

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("0000-01")]
    [InlineData("2026-1")]
    [InlineData("2026-011")]
    [InlineData("2026/01")]
    [InlineData("20260-1")]
    [InlineData("２０２６-01")]
    [InlineData("")]
    public void IsMonth_NotYyyyMm_False(string value) => Assert.False(PeriodRange.IsMonth(value));

    [Fact]
    public void Parse_BadMonthOnBothSides_NamesEachFieldAndValue()
    {
        var (range, violations) = PeriodRange.Parse("period_from", "2026-13", "period_to", "26-01");

        Assert.Null(range);
        Assert.Equal(
            [("period_from", "period_from '2026-13' is not a month yyyy-MM"), ("period_to", "period_to '26-01' is not a month yyyy-MM")],
            violations.Select(v => (v.Field, v.Description)));
    }

    [Fact]
    public void Parse_FromAfterTo_NamesBoth()
    {
        var (range, violations) = PeriodRange.Parse("from", "2026-12", "to", "2026-11");

        Assert.Null(range);
        Assert.Equal([("from", "from '2026-12' is after to '2026-11'")], violations.Select(v => (v.Field, v.Description)));
    }

    [Fact]
    public void Parse_SameMonthOrOpenSides_IsInclusive()
    {
        var (single, _) = PeriodRange.Parse("from", "2026-11", "to", "2026-11");
        var (open, none) = PeriodRange.Parse("from", null, "to", "");

        Assert.Equal((false, true, false), (single!.Contains("2026-10"), single.Contains("2026-11"), single.Contains("2026-12")));
        Assert.Empty(none);
        Assert.True(open!.IsOpen);
        Assert.True(open.Contains("0001-01"));
    }
}
