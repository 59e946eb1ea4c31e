using CsCheck;
using RoyaltyLedger.Domain.Licensing;
using static RoyaltyLedger.Domain.Tests.Licensing.LicensingFacts;

namespace RoyaltyLedger.Domain.Tests.Licensing;

/// <summary>
/// The coverage report agrees with the evaluator, over random works: up to three creators in two split versions, one to
/// three licences of which the first is reported on, up to ten consents beside optional blanket grants, and an instant
/// that may fall before the first split, outside the term or on a boundary.
/// </summary>
public class LicenceCoverageProperties
{
    private const string Seed = "0N0XIzNsQ0O2";
    private static readonly string[] Creators = ["c-1", "c-2", "c-3"];
    private static readonly UseKind[] Uses = [UseKind.Training, UseKind.Output, UseKind.StyleImitation];
    private static readonly DateTimeOffset Origin = Day(2026, 1, 1);

    private static readonly Gen<ConsentRecord> GenConsent = Gen.Select(
        Gen.OneOf("c-1", "c-2", "c-3", "c-9"), Gen.Bool, Gen.OneOf(Uses), Gen.OneOf<string?>(null, "op-1", "op-2"),
        Gen.Frequency((1, ConsentState.NotGiven), (4, ConsentState.Granted), (1, ConsentState.Refused)),
        (creator, forWork, use, op, state) => new ConsentRecord(creator, forWork ? Work : null, use, op, state));

    private static readonly Gen<Licence> GenLicence = Gen.Select(
        Gen.Select(Gen.OneOf("c-1", "c-2", "c-9", Rightsholder), Gen.Bool, Gen.Frequency((3, "op-1"), (1, "op-2"))),
        Gen.Select(Gen.OneOf(Uses).Array[1, 3], Gen.Bool, Gen.Bool),
        Gen.Select(Gen.Int[-30, 150], Gen.Int[0, 3], Gen.Bool),
        (who, scope, term) => new Licence
        {
            LicenceId = "L",
            Licensor = who.Item1 == Rightsholder ? Licensor.OfRightsholder(Rightsholder) : Licensor.OfCreator(who.Item1),
            OperatorId = who.Item3,
            ModelIds = scope.Item2 ? null : ["m-2", "m-1"],
            WorkIds = who.Item1 == Rightsholder && who.Item2 ? null : [Work],
            Uses = scope.Item1,
            TerritoryCodes = scope.Item3 ? null : ["DE", "FR"],
            StartsAt = Origin.AddDays(term.Item1),
            EndsAt = term.Item2 == 0 ? null : Origin.AddDays(term.Item1 + term.Item2 * 60),
            Retroactive = term.Item3,
            Tariff = Tokens,
        });

    private static readonly Gen<SplitHistory> GenSplits = Gen.Select(Gen.Int[1, 3], Gen.Int[1, 3], (before, after) =>
        SplitHistory.Create(Work, [Split(Origin, Creators[..before]), Split(Origin.AddDays(90), Creators[^after..])]));

    /// <summary>Whole days fall on split and term boundaries; half days fall between them.</summary>
    private static readonly Gen<DateTimeOffset> GenAt = Gen.Select(Gen.Int[-40, 300], Gen.Bool, (day, midday) => Origin.AddDays(day).AddHours(midday ? 12 : 0));

    /// <summary>Every creator, c-9 who is never a contributor included, grants every use for all works and operators, so that covered licences are common.</summary>
    private static readonly ConsentRecord[] BlanketGrants =
        [.. Creators.Append("c-9").SelectMany(c => Uses.Select(u => new ConsentRecord(c, null, u, null, ConsentState.Granted)))];

    private static readonly Gen<Scenario> GenScenario =
        Gen.Select(GenSplits, GenLicence.Array[1, 3], Gen.Frequency((3, true), (1, false)), GenConsent.Array[0, 10], GenAt,
            (splits, licences, blanket, consents, at) => new Scenario(
                splits,
                [.. licences.Select((l, i) => l with { LicenceId = $"L-{i}" })],
                blanket ? [.. BlanketGrants, .. consents] : consents,
                at));

    private static readonly CoverageGapKind[] WholeLicenceKinds =
        [CoverageGapKind.TermEnded, CoverageGapKind.NotStarted, CoverageGapKind.NoSplitInForce];

    [Fact]
    public void Of_EachUse_IsCoveredExactlyWhenTheEvaluatorCoversItWithTheLicenceAlone()
    {
        GenScenario.Sample(scenario =>
        {
            var (coverage, licence, alone) = Report(scenario);
            foreach (var use in licence.Uses.Distinct())
            {
                var decision = LicenceEvaluator.Evaluate(alone, UseWithin(licence, use, scenario.At));
                var gaps = coverage.Gaps.Where(g => g.Use is null || g.Use == use).ToList();
                var coveredByIt = decision is Covered covered && covered.LicenceId == licence.LicenceId;
                Assert.True(coveredByIt == (gaps.Count == 0),
                    $"{use} at {scenario.At:O}: evaluator {decision}, coverage gaps [{string.Join("; ", gaps.Select(g => g.Reason))}]");
            }

            var everyUse = licence.Uses.All(u => LicenceEvaluator.Evaluate(alone, UseWithin(licence, u, scenario.At)) is Covered);
            Assert.True(coverage.Covered == everyUse, $"covered {coverage.Covered}, evaluator covers every use {everyUse}");
            Assert.True(coverage.Covered == (coverage.Gaps.Count == 0), $"covered {coverage.Covered} with {coverage.Gaps.Count} gaps");
        }, seed: Seed, iter: 5_000, print: Describe);
    }

    [Fact]
    public void Of_WithinTermAndSplit_RefusedGapsNameWhomTheEvaluatorRefusesFor()
    {
        GenScenario.Sample(scenario =>
        {
            var (coverage, licence, alone) = Report(scenario);
            if (coverage.Gaps.Any(g => WholeLicenceKinds.Contains(g.Kind)))
            {
                return;
            }

            foreach (var use in licence.Uses.Distinct())
            {
                var decision = LicenceEvaluator.Evaluate(alone, UseWithin(licence, use, scenario.At));
                var firstRefusal = coverage.Gaps.FirstOrDefault(g => g.Use == use && g.Kind == CoverageGapKind.Refused);
                Assert.Equal((decision as Refused)?.CreatorId, firstRefusal?.CreatorId);
            }
        }, seed: Seed, iter: 5_000, print: Describe);
    }

    [Fact]
    public void Of_Gaps_AreOrderedByUseThenCreatorIdAndAWholeLicenceGapStandsAlone()
    {
        GenScenario.Sample(scenario =>
        {
            var gaps = Report(scenario).Coverage.Gaps;
            var ordered = gaps.OrderBy(g => g.Use).ThenBy(g => g.CreatorId, StringComparer.Ordinal);
            Assert.Equal(ordered, gaps);
            Assert.Equal(gaps.Count, gaps.Select(g => (g.Use, g.CreatorId)).Distinct().Count());
            Assert.True(!gaps.Any(g => WholeLicenceKinds.Contains(g.Kind)) || gaps.Count == 1, $"{gaps.Count} gaps beside a whole-licence gap");
        }, seed: Seed, iter: 2_000, print: Describe);
    }

    [Fact]
    public void Scenarios_ReachCoveredLicencesAndEveryKindOfGap()
    {
        // Guards the properties above against a generator that stops reaching the cases they are about.
        var scenarios = CsCheck.Check.Single(GenScenario.Array[1_000], _ => true, Seed);
        var reports = scenarios.Select(s => Report(s).Coverage).ToList();
        Assert.InRange(reports.Count(r => r.Covered), 100, 900);
        Assert.Equal(Enum.GetValues<CoverageGapKind>(), reports.SelectMany(r => r.Gaps).Select(g => g.Kind).Distinct().Order());
    }

    /// <summary>Reports on the scenario's first licence among all of them, and builds the snapshot holding it alone for the evaluator.</summary>
    private static (WorkCoverage Coverage, Licence Licence, CompiledWork Alone) Report(Scenario scenario)
    {
        var licence = scenario.Licences[0];
        var coverage = LicenceCoverage.Of(Snapshot(scenario.Licences, scenario.Consents, scenario.Splits), licence.LicenceId, scenario.At);
        return (coverage, licence, Snapshot([licence], scenario.Consents, scenario.Splits));
    }

    /// <summary>A use inside the licence's scope: its first model and territory, or m-1 and FR when it covers all of them.</summary>
    private static UseOfWork UseWithin(Licence licence, UseKind use, DateTimeOffset at) =>
        new(licence.OperatorId, licence.ModelIds?[0] ?? Model, Work, use, at, licence.TerritoryCodes?[0] ?? "FR");

    private static string Describe(Scenario s) =>
        $"at {s.At:O}; "
        + $"splits [{string.Join("; ", s.Splits.Versions.Select(v => $"{v.EffectiveFrom:yyyy-MM-dd}: {string.Join(",", v.Contributors.Select(c => c.CreatorId))}"))}]; "
        + $"licences [{string.Join("; ", s.Licences.Select(l => $"{l.LicenceId} {l.Licensor} {l.OperatorId} {string.Join(",", l.Uses)} "
            + $"{l.StartsAt:yyyy-MM-dd}..{l.EndsAt:yyyy-MM-dd} retro={l.Retroactive}"))}]; "
        + $"consents [{string.Join("; ", s.Consents.Select(c => $"{c.CreatorId} {c.WorkId ?? "*"} {c.Use} {c.OperatorId ?? "*"} {c.State}"))}]";

    internal sealed record Scenario(SplitHistory Splits, Licence[] Licences, ConsentRecord[] Consents, DateTimeOffset At);
}
