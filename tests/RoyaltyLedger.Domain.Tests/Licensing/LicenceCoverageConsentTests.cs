using RoyaltyLedger.Domain.Licensing;
using static RoyaltyLedger.Domain.Tests.Licensing.LicensingFacts;

namespace RoyaltyLedger.Domain.Tests.Licensing;

/// <summary>Which contributors' consents a licence lacks, for the catalogue licence L-cat of r-1 to op-1 unless said otherwise, judged on 2026-07-02.</summary>
public class LicenceCoverageConsentTests
{
    private static readonly DateTimeOffset At = Day(2026, 7, 2);

    private static WorkCoverage CoverageOf(IReadOnlyList<ConsentRecord> consents, Licence? licence = null, SplitHistory? splits = null)
    {
        licence ??= CatalogueLicence("L-cat");
        return LicenceCoverage.Of(Snapshot([licence], consents, splits), licence.LicenceId, At);
    }

    private static CoverageGap NotGivenBy(string creator, UseKind use = UseKind.Training, string op = Operator) =>
        new(use, creator, CoverageGapKind.NotGiven, $"creator {creator} has not given consent to {Named(use)} by operator {op} for work w-1");

    private static string Named(UseKind use) => use == UseKind.Output ? "output" : "training";

    [Fact]
    public void Of_EveryCreatorGranted_IsCoveredWithNoGaps()
    {
        var coverage = CoverageOf([Grant("c-1"), Grant("c-2", Work, Operator)]);
        Assert.Equal(("w-1", "L-cat", true), (coverage.WorkId, coverage.LicenceId, coverage.Covered));
        Assert.Empty(coverage.Gaps);
    }

    [Fact]
    public void Of_OneCreatorNotGiven_ReportsAGapNamingThem()
    {
        var coverage = CoverageOf([Grant("c-1")]);
        Assert.False(coverage.Covered);
        Assert.Equal([NotGivenBy("c-2")], coverage.Gaps);
    }

    [Fact]
    public void Of_OneCreatorRefused_ReportsTheRefusal()
    {
        var coverage = CoverageOf([Grant("c-1"), Refuse("c-2")]);
        Assert.Equal(
            [new CoverageGap(UseKind.Training, "c-2", CoverageGapKind.Refused,
                "creator c-2 refused training by operator op-1 for work w-1 (recorded for all their works and any operator)")],
            coverage.Gaps);
    }

    [Fact]
    public void Of_GrantForAnotherOperator_DoesNotCount()
    {
        var other = CatalogueLicence("L-2") with { OperatorId = "op-2" };
        var snapshot = Snapshot([CatalogueLicence("L-1"), other], [Grant("c-1"), Grant("c-2", op: Operator)]);
        Assert.True(LicenceCoverage.Of(snapshot, "L-1", At).Covered, "L-1 of op-1, which c-2 granted");
        Assert.Equal([NotGivenBy("c-2", op: "op-2")], LicenceCoverage.Of(snapshot, "L-2", At).Gaps);
    }

    [Fact]
    public void Of_WorkRefusalOverAllWorksGrant_ReportsTheRefusal()
    {
        var coverage = CoverageOf([Grant("c-1"), Grant("c-2", op: Operator), Refuse("c-2", Work)]);
        Assert.Equal(
            [new CoverageGap(UseKind.Training, "c-2", CoverageGapKind.Refused,
                "creator c-2 refused training by operator op-1 for work w-1 (recorded for work w-1 and any operator)")],
            coverage.Gaps);
    }

    [Fact]
    public void Of_ConsentWithdrawnForTheOperator_NamesTheRecord()
    {
        var coverage = CoverageOf([Grant("c-1"), Grant("c-2"), NotGiven("c-2", op: Operator)]);
        Assert.Equal(
            [new CoverageGap(UseKind.Training, "c-2", CoverageGapKind.NotGiven,
                "creator c-2 has not given consent to training by operator op-1 for work w-1 (recorded as not given for all their works and operator op-1)")],
            coverage.Gaps);
    }

    [Fact]
    public void Of_CreatorLicensorWithoutARecord_CountsAsConsenting()
    {
        var licence = DirectLicence("L-1", Licensor.OfCreator("c-1"));
        Assert.Equal([NotGivenBy("c-2")], CoverageOf([], licence).Gaps);
        Assert.True(CoverageOf([Grant("c-2")], licence).Covered, "c-1 licensed and c-2 granted");
    }

    [Fact]
    public void Of_CreatorLicensorWhoRefused_ReportsTheirRefusal()
    {
        var coverage = CoverageOf([Refuse("c-1"), Grant("c-2")], DirectLicence("L-1", Licensor.OfCreator("c-1")));
        Assert.Equal([(CoverageGapKind.Refused, "c-1")], coverage.Gaps.Select(g => (g.Kind, g.CreatorId)));
    }

    [Fact]
    public void Of_SeveralUsesAndCreators_OrdersGapsByUseThenCreatorIdOrdinal()
    {
        var splits = SplitHistory.Create(Work, [Split(Day(2025, 1, 1), "c-9", "c-10", "c-3")]);
        var licence = CatalogueLicence("L-cat") with { Uses = [UseKind.Output, UseKind.Training, UseKind.Output] };
        var coverage = CoverageOf([Grant("c-3", use: UseKind.Output)], licence, splits);
        Assert.Equal(
            [NotGivenBy("c-10"), NotGivenBy("c-3"), NotGivenBy("c-9"), NotGivenBy("c-10", UseKind.Output), NotGivenBy("c-9", UseKind.Output)],
            coverage.Gaps);
    }

    [Fact]
    public void Of_SplitChangedOverTime_JudgesTheContributorsInForceAtTheInstant()
    {
        var splits = SplitHistory.Create(Work, [Split(Day(2025, 1, 1), "c-1"), Split(At, "c-1", "c-2")]);
        var snapshot = Snapshot([CatalogueLicence("L-cat")], [Grant("c-1")], splits);
        Assert.True(LicenceCoverage.Of(snapshot, "L-cat", At.AddTicks(-1)).Covered, "before c-2 joined");
        Assert.Equal([NotGivenBy("c-2")], LicenceCoverage.Of(snapshot, "L-cat", At).Gaps);
    }
}
