using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Domain.Registry;
using static RoyaltyLedger.Domain.Tests.Licensing.LicensingFacts;

namespace RoyaltyLedger.Domain.Tests.Licensing;

public class SplitHistoryTests
{
    private static readonly SplitVersion First = Split(Day(2026, 1, 1), "c-1");
    private static readonly SplitVersion Second = Split(Day(2026, 6, 1), "c-1", "c-2");

    [Fact]
    public void InForceAt_BeforeBetweenAndAfterVersions_ReturnsTheVersionThenInForce()
    {
        var history = SplitHistory.Create(Work, [First, Second]);
        Assert.Null(history.InForceAt(Day(2025, 12, 31)));
        Assert.Equal(["c-1"], history.InForceAt(Day(2026, 1, 1))!.Contributors.Select(c => c.CreatorId));
        Assert.Equal(["c-1"], history.InForceAt(Day(2026, 6, 1).AddTicks(-1))!.Contributors.Select(c => c.CreatorId));
        Assert.Equal(["c-1", "c-2"], history.InForceAt(Day(2026, 6, 1))!.Contributors.Select(c => c.CreatorId));
        Assert.Equal(["c-1", "c-2"], history.InForceAt(Day(2030, 1, 1))!.Contributors.Select(c => c.CreatorId));
    }

    [Fact]
    public void InForceAt_OtherOffset_ComparesInstantsNotWallClocks()
    {
        var history = SplitHistory.Create(Work, [First, Second]);
        // 2026-06-01T01:00+02:00 is 2026-05-31T23:00Z, still under the first split.
        var justBefore = new DateTimeOffset(2026, 6, 1, 1, 0, 0, TimeSpan.FromHours(2));
        Assert.Equal(Day(2026, 1, 1), history.InForceAt(justBefore)!.EffectiveFrom);
    }

    [Fact]
    public void Validate_VersionsOutOfOrder_NamesBothDates()
    {
        var violation = Assert.Single(SplitHistory.Validate(Work, [Second, First]));
        Assert.Equal("splits[1].effective_from", violation.Field);
        Assert.Equal("work w-1 split effective from 2026-01-01 is not after the previous split's 2026-06-01; "
            + "versions must increase strictly in effective date", violation.Description);
    }

    [Fact]
    public void Validate_TwoVersionsSameDate_IsRefused()
    {
        Assert.Equal("splits[1].effective_from", Assert.Single(SplitHistory.Validate(Work, [First, First with { }])).Field);
    }

    [Fact]
    public void Validate_VersionWithBadSplit_NamesVersionAndSum()
    {
        var bad = new SplitVersion(Day(2026, 6, 1), [new Contributor("c-1", "author", 5_900), new Contributor("c-2", "author", 4_000)]);
        var violation = Assert.Single(SplitHistory.Validate(Work, [First, bad]));
        Assert.Equal("splits[1].contributors", violation.Field);
        Assert.Equal("work w-1 splits sum to 9,900 basis points, expected 10,000 (split effective from 2026-06-01)", violation.Description);
    }

    [Fact]
    public void Validate_NoVersions_IsRefused()
    {
        Assert.Equal("work w-1 has 0 split versions, expected 1 to 1,000", Assert.Single(SplitHistory.Validate(Work, [])).Description);
    }

    [Fact]
    public void Create_InvalidVersions_ThrowsWithTheViolations()
    {
        var error = Assert.Throws<ArgumentException>(() => SplitHistory.Create(Work, [Second, First]));
        Assert.StartsWith("work w-1 split effective from 2026-01-01 is not after", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CallerChangesItsListAfterwards_HistoryIsUnchanged()
    {
        var contributors = new List<Contributor> { new("c-1", "author", 10_000) };
        var history = SplitHistory.Create(Work, [new SplitVersion(Day(2026, 1, 1), contributors)]);
        contributors[0] = new Contributor("c-9", "author", 10_000);
        Assert.Equal("c-1", history.InForceAt(Day(2026, 2, 1))!.Contributors[0].CreatorId);
    }

    [Fact]
    public void Append_FromNow_AddsVersionAndLeavesPastUsesUnderTheOldSplit()
    {
        var history = SplitHistory.Create(Work, [First]);
        var changed = history.Append(Second, now: Day(2026, 6, 1));
        Assert.Equal(2, changed.Versions.Count);
        Assert.Single(history.Versions);
        Assert.Equal(["c-1"], changed.InForceAt(Day(2026, 5, 31))!.Contributors.Select(c => c.CreatorId));
    }

    [Fact]
    public void Append_EffectiveInThePast_IsRefused()
    {
        var history = SplitHistory.Create(Work, [First]);
        var violation = Assert.Single(history.ValidateAppend(Second, now: Day(2026, 7, 1)));
        Assert.Equal("work w-1 split effective from 2026-06-01 is before now (2026-07-01); a change applies from now on; a correction of past uses must be marked as one",
            violation.Description);
        Assert.Throws<ArgumentException>(() => history.Append(Second, now: Day(2026, 7, 1)));
    }

    [Fact]
    public void ValidateAppend_CorrectionEffectiveInThePast_IsAccepted()
    {
        var history = SplitHistory.Create(Work, [First]);
        Assert.Empty(history.ValidateAppend(Second, now: Day(2026, 7, 1), correction: true));
    }

    [Fact]
    public void ValidateAppend_CorrectionNotAfterCurrentVersion_IsRefused()
    {
        var history = SplitHistory.Create(Work, [Second]);
        var violation = Assert.Single(history.ValidateAppend(First, now: Day(2026, 7, 1), correction: true));
        Assert.Equal("work w-1 split effective from 2026-01-01 is not after the current split's 2026-06-01", violation.Description);
    }

    [Fact]
    public void Append_NotAfterCurrentVersion_IsRefused()
    {
        var history = SplitHistory.Create(Work, [Second]);
        var violation = Assert.Single(history.ValidateAppend(First, now: Day(2025, 1, 1)));
        Assert.Equal("work w-1 split effective from 2026-01-01 is not after the current split's 2026-06-01", violation.Description);
    }
}
