using CsCheck;
using RoyaltyLedger.Domain.Licensing;
using static RoyaltyLedger.Domain.Tests.Licensing.LicensingFacts;

namespace RoyaltyLedger.Domain.Tests.Licensing;

/// <summary>Properties over random works: up to three creators in two split versions, one to four licences, up to eight consents beside optional blanket grants.</summary>
public class LicenceEvaluatorProperties
{
    private const string Seed = "0N0XIzNsQ0O2";
    private static readonly string[] Creators = ["c-1", "c-2", "c-3"];
    private static readonly UseKind[] Uses = [UseKind.Training, UseKind.Output];
    private static readonly DateTimeOffset Origin = Day(2026, 1, 1);

    private static readonly Gen<string> MostlyFirstOperator = Gen.Frequency((3, "op-1"), (1, "op-2"));

    private static readonly Gen<ConsentRecord> GenConsent = Gen.Select(
        Gen.OneOf(Creators), Gen.Bool, Gen.OneOf(Uses), Gen.OneOf<string?>(null, "op-1", "op-2"),
        Gen.Frequency((1, ConsentState.NotGiven), (6, ConsentState.Granted), (1, ConsentState.Refused)),
        (creator, forWork, use, op, state) => new ConsentRecord(creator, forWork ? Work : null, use, op, state));

    private static readonly Gen<Licence> GenLicence = Gen.Select(
        Gen.Select(Gen.OneOf("c-1", "c-2", "c-9", Rightsholder), Gen.Bool, MostlyFirstOperator, Gen.Bool),
        Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool),
        Gen.Select(Gen.Int[-30, 150], Gen.Int[0, 3], Gen.Bool),
        (who, scope, term) => new Licence
        {
            LicenceId = "L",
            Licensor = who.Item1 == Rightsholder ? Licensor.OfRightsholder(Rightsholder) : Licensor.OfCreator(who.Item1),
            OperatorId = who.Item3,
            ModelIds = who.Item4 ? null : ["m-1"],
            WorkIds = who.Item1 == Rightsholder && who.Item2 ? null : [Work],
            Uses = (scope.Item1, scope.Item2) switch { (true, true) => [.. Uses], (true, false) => [Uses[0]], _ => [Uses[1]] },
            TerritoryCodes = scope.Item3 ? null : ["FR"],
            StartsAt = Origin.AddDays(term.Item1),
            EndsAt = term.Item2 == 0 ? null : Origin.AddDays(term.Item1 + term.Item2 * 60),
            Retroactive = term.Item3,
            Tariff = scope.Item4 ? Tokens : null,
            AttributionOnly = !scope.Item4,
        });

    private static readonly Gen<SplitHistory> GenSplits = Gen.Select(Gen.Int[1, 3], Gen.Int[1, 3], (before, after) =>
        SplitHistory.Create(Work, [Split(Origin, Creators[..before]), Split(Origin.AddDays(90), Creators[^after..])]));

    private static readonly Gen<UseOfWork> GenUse = Gen.Select(
        MostlyFirstOperator, Gen.OneOf("m-1", "m-2"), Gen.OneOf(Uses), Gen.Int[-10, 200], Gen.OneOf("FR", "DE"),
        (op, model, use, day, territory) => new UseOfWork(op, model, Work, use, Origin.AddDays(day).AddHours(12), territory));

    /// <summary>Every creator grants every use for all works and operators, so that random records then override it and covered uses are common.</summary>
    private static readonly ConsentRecord[] BlanketGrants =
        [.. Creators.SelectMany(c => Uses.Select(u => new ConsentRecord(c, null, u, null, ConsentState.Granted)))];

    private static readonly Gen<(SplitHistory Splits, Licence[] Licences, ConsentRecord[] Consents, UseOfWork Use)> GenScenario =
        Gen.Select(GenSplits, GenLicence.Array[1, 4], Gen.Bool, GenConsent.Array[0, 8], GenUse,
            (splits, licences, blanket, consents, use) => (
                splits,
                licences.Select((l, i) => l with { LicenceId = $"L-{i}" }).ToArray(),
                blanket ? [.. BlanketGrants, .. consents] : consents,
                use));

    private static LicenceDecision Decide(SplitHistory splits, IReadOnlyList<Licence> licences, IReadOnlyList<ConsentRecord> consents, UseOfWork use) =>
        Check(Snapshot(licences, consents, splits), use);

    [Fact]
    public void Evaluate_AddingARefusal_LeavesTheDecisionOrRefuses()
    {
        Gen.Select(GenScenario, GenConsent).Sample((scenario, extra) =>
        {
            var (splits, licences, consents, use) = scenario;
            var refusal = extra with { State = ConsentState.Refused };
            var before = Decide(splits, licences, consents, use);
            var after = Decide(splits, licences, [.. consents, refusal], use);
            return after.Equals(before) || after is Refused;
        }, seed: Seed, iter: 5_000);
    }

    [Fact]
    public void Evaluate_AddingAGrant_KeepsACoveredUseCovered()
    {
        Gen.Select(GenScenario, GenConsent).Sample((scenario, extra) =>
        {
            var (splits, licences, consents, use) = scenario;
            var grant = extra with { State = ConsentState.Granted };
            return Decide(splits, licences, consents, use) is not Covered
                || Decide(splits, licences, [.. consents, grant], use) is Covered;
        }, seed: Seed, iter: 5_000);
    }

    [Fact]
    public void Evaluate_InputsInAnyOrder_GiveTheSameDecision()
    {
        GenScenario.Sample(scenario =>
        {
            var (splits, licences, consents, use) = scenario;
            var forward = Decide(splits, licences, consents, use);
            var reversed = Decide(splits, [.. licences.Reverse()], [.. consents.Reverse()], use);
            return forward.Equals(reversed);
        }, seed: Seed, iter: 5_000);
    }

    [Fact]
    public void Evaluate_ContributorRefusesThisWorkAndOperator_IsAlwaysRefused()
    {
        GenScenario.Sample(scenario =>
        {
            var (splits, licences, consents, use) = scenario;
            var contributor = splits.InForceAt(use.OccurredAt)?.Contributors[0].CreatorId;
            if (contributor is null)
            {
                return true;
            }

            var refusal = new ConsentRecord(contributor, Work, use.Use, use.OperatorId, ConsentState.Refused);
            return Decide(splits, licences, [.. consents, refusal], use) is Refused;
        }, seed: Seed, iter: 5_000);
    }

    [Fact]
    public void EvaluateBatch_AnyNumberOfUses_GivesTheDecisionsOfOneByOneInOrder()
    {
        // Up to three blocks of read-ahead, so that a batch ends part-way through a block as often as not.
        GenScenario.Array[0, (3 * LicenceEvaluator.BatchReadAhead) + 1].Sample(scenarios =>
        {
            var works = scenarios.Select(s => Snapshot(s.Licences, s.Consents, s.Splits)).ToArray();
            var uses = scenarios.Select(s => s.Use).ToArray();
            var decisions = new LicenceDecision[uses.Length];
            LicenceEvaluator.Evaluate(works, uses, decisions);
            return decisions.SequenceEqual(uses.Select((use, i) => LicenceEvaluator.Evaluate(works[i], use)));
        }, seed: Seed, iter: 500);
    }

    [Fact]
    public void EvaluateBatch_MismatchedLengths_SaysWhatItGot()
    {
        var error = Assert.Throws<ArgumentException>(() => LicenceEvaluator.Evaluate([], [Use()], new LicenceDecision[1]));
        Assert.Equal("1 uses need as many snapshots (got 0) and room for as many decisions (got 1)", error.Message);
    }
}
