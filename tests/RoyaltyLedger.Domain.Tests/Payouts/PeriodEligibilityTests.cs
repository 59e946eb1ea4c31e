using RoyaltyLedger.Domain.Payouts;

namespace RoyaltyLedger.Domain.Tests.Payouts;

public class PeriodEligibilityTests
{
    private static readonly PayoutPeriod November = new("2026-11", "2026-11");

    [Fact]
    public void Apply_MonthsInAndOutOfThePeriod_PaysOnlyThePeriodsMonths()
    {
        var (balances, parts) = PeriodEligibility.Apply(November, new HashSet<string>(),
            [new("a", "2026-10", false, -100), new("a", "2026-11", false, -200), new("a", "2026-12", true, -400)]);

        Assert.Equal([new MemberBalance("a", 200)], balances);
        Assert.Equal([new PayoutPart("a", "2026-11", PayoutPart.PeriodKind, 200)], parts);
    }

    [Fact]
    public void Apply_ClosedMonth_CountsWholeAndOnlyItsLinesSinceTheLastCycleAreLate()
    {
        // October was paid (its 100 then, and the payout's +95 debit with period ""); 30 more arrived since.
        var (balances, parts) = PeriodEligibility.Apply(November, new HashSet<string> { "2026-10" },
            [new("a", "2026-10", false, -100), new("a", "", false, 95), new("a", "2026-10", true, -30), new("a", "2026-11", true, -200)]);

        Assert.Equal([new MemberBalance("a", 235)], balances);
        Assert.Equal([new PayoutPart("a", "2026-10", PayoutPart.LateKind, 30), new PayoutPart("a", "2026-11", PayoutPart.PeriodKind, 200)], parts);
    }

    [Fact]
    public void Apply_UpgradedLedgerLinesWithoutPeriod_AlwaysCountAsBroughtForward()
    {
        // Lines posted before periods existed have period "": every cycle counts them, as every cycle did before.
        var (balances, parts) = PeriodEligibility.Apply(November, new HashSet<string>(),
            [new("a", "", false, -500), new("a", "", true, -7), new("b", "", false, 3)]);

        Assert.Equal([new MemberBalance("a", 507), new MemberBalance("b", -3)], balances);
        Assert.Empty(parts);
    }

    [Fact]
    public void Apply_ClosedMonthInsideThePeriod_IsLateNotPaidTwice()
    {
        var range = new PayoutPeriod("2026-10", "2026-11");

        var (balances, parts) = PeriodEligibility.Apply(range, new HashSet<string> { "2026-10" },
            [new("a", "2026-10", false, -100), new("a", "", false, 100), new("a", "2026-11", false, -50)]);

        Assert.Equal([new MemberBalance("a", 50)], balances);
        Assert.Equal([new PayoutPart("a", "2026-11", PayoutPart.PeriodKind, 50)], parts);
    }
}
