using RoyaltyLedger.Domain.Licensing;
using static RoyaltyLedger.Domain.Tests.Licensing.LicensingFacts;

namespace RoyaltyLedger.Domain.Tests.Licensing;

/// <summary>Gaps that stop every use of a licence: its term, the work's first split, a licensor who is no contributor; and the licence asked about.</summary>
public class LicenceCoverageScopeTests
{
    private static readonly DateTimeOffset At = Day(2026, 7, 2);
    private static readonly ConsentRecord[] BothGranted = [Grant("c-1"), Grant("c-2")];

    private static WorkCoverage CoverageOf(Licence licence, DateTimeOffset at, IReadOnlyList<ConsentRecord>? consents = null) =>
        LicenceCoverage.Of(Snapshot([licence], consents ?? BothGranted), licence.LicenceId, at);

    [Fact]
    public void Of_TermEnded_ReportsOneGapForEveryUse()
    {
        var licence = CatalogueLicence("L-cat") with { EndsAt = Day(2026, 6, 30), Uses = [UseKind.Training, UseKind.Output] };
        var coverage = CoverageOf(licence, At, consents: [Refuse("c-1")]);
        Assert.False(coverage.Covered);
        Assert.Equal(
            [new CoverageGap(null, null, CoverageGapKind.TermEnded,
                "licence L-cat expired on 2026-06-30, so it covers no use of work w-1 by operator op-1 on 2026-07-02")],
            coverage.Gaps);
    }

    [Fact]
    public void Of_TermEndsAtTheInstant_HasEndedThenAndNotATickBefore()
    {
        var licence = CatalogueLicence("L-cat") with { EndsAt = At };
        Assert.Equal([CoverageGapKind.TermEnded], CoverageOf(licence, At).Gaps.Select(g => g.Kind));
        Assert.True(CoverageOf(licence, At.AddTicks(-1)).Covered, "a tick before the end");
    }

    [Fact]
    public void Of_BeforeTheStartOfALicenceNotRetroactive_ReportsNotStarted()
    {
        var coverage = CoverageOf(CatalogueLicence("L-cat"), Day(2025, 12, 31));
        Assert.Equal(
            [new CoverageGap(null, null, CoverageGapKind.NotStarted,
                "licence L-cat starts on 2026-01-01 and is not retroactive, so it covers no use of work w-1 by operator op-1 on 2025-12-31")],
            coverage.Gaps);
    }

    [Fact]
    public void Of_BeforeTheStartOfARetroactiveLicence_JudgesConsents()
    {
        var retroactive = CatalogueLicence("L-cat") with { Retroactive = true };
        Assert.True(CoverageOf(retroactive, Day(2025, 12, 31)).Covered, "retroactive, both granted");
    }

    [Fact]
    public void Of_BeforeTheFirstSplit_ReportsNoSplitInForce()
    {
        var retroactive = CatalogueLicence("L-cat") with { Retroactive = true };
        Assert.Equal(
            [new CoverageGap(null, null, CoverageGapKind.NoSplitInForce,
                "work w-1 has no split in force on 2024-12-31, so licence L-cat covers no use of it by operator op-1; "
                + "its first split is effective from 2025-01-01")],
            CoverageOf(retroactive, Day(2024, 12, 31)).Gaps);
    }

    [Fact]
    public void Of_CreatorLicensorNotAContributor_ReportsThemBeforeMissingConsents()
    {
        var coverage = CoverageOf(DirectLicence("L-1", Licensor.OfCreator("c-9")), At, consents: [Grant("c-1"), Grant("c-9")]);
        Assert.Equal(
            [
                new CoverageGap(null, "c-9", CoverageGapKind.LicensorNotContributor,
                    "licence L-1 is from creator c-9, who is not a contributor of work w-1 on 2026-07-02, so it covers no use of the work by operator op-1"),
                new CoverageGap(UseKind.Training, "c-2", CoverageGapKind.NotGiven,
                    "creator c-2 has not given consent to training by operator op-1 for work w-1"),
            ],
            coverage.Gaps);
    }

    [Fact]
    public void Of_LicenceNotInTheSnapshot_ThrowsNamingLicenceAndWork()
    {
        var snapshot = Snapshot([CatalogueLicence("L-cat")], BothGranted);
        var error = Assert.Throws<ArgumentException>(() => LicenceCoverage.Of(snapshot, "L-9", At));
        Assert.Equal(("licenceId", "the snapshot of work w-1 at version 1 holds no licence L-9 (Parameter 'licenceId')"),
            (error.ParamName, error.Message));
    }
}
