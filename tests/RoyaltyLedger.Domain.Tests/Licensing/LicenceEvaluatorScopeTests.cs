using RoyaltyLedger.Domain.Licensing;
using static RoyaltyLedger.Domain.Tests.Licensing.LicensingFacts;

namespace RoyaltyLedger.Domain.Tests.Licensing;

/// <summary>What a licence reaches: uses, models, territories and term. Both creators have granted consent throughout.</summary>
public class LicenceEvaluatorScopeTests
{
    private static readonly ConsentRecord[] BothGranted =
        [Grant("c-1"), Grant("c-2"), Grant("c-1", use: UseKind.StyleImitation), Grant("c-2", use: UseKind.StyleImitation)];

    private static LicenceDecision CheckOne(Licence licence, UseOfWork use) => Check(Snapshot([licence], BothGranted), use);

    [Fact]
    public void Evaluate_ExpiredTerm_IsUnlicensedNamingEndAndUseDates()
    {
        var licence = DirectLicence("L-7") with { EndsAt = Day(2026, 6, 30) };
        Assert.Equal(new Unlicensed("licence L-7 expired on 2026-06-30; use on 2026-07-02"), CheckOne(licence, Use(at: Day(2026, 7, 2))));
    }

    [Fact]
    public void Evaluate_UseJustBeforeEnd_IsCoveredAndAtEndIsNot()
    {
        var licence = DirectLicence("L-7") with { EndsAt = Day(2026, 6, 30) };
        Assert.IsType<Covered>(CheckOne(licence, Use(at: Day(2026, 6, 30).AddTicks(-1))));
        Assert.Equal(new Unlicensed("licence L-7 expired on 2026-06-30; use on 2026-06-30"), CheckOne(licence, Use(at: Day(2026, 6, 30))));
    }

    [Fact]
    public void Evaluate_WrongTerritory_IsUnlicensedNamingIt()
    {
        var licence = DirectLicence("L-7") with { TerritoryCodes = ["DE", "AT"] };
        Assert.Equal(new Unlicensed("licence L-7 does not cover territory FR"), CheckOne(licence, Use(territory: "FR")));
        Assert.IsType<Covered>(CheckOne(licence, Use(territory: "AT")));
    }

    [Fact]
    public void Evaluate_MalformedTerritory_IsUnlicensedNamingIt()
    {
        Assert.Equal(new Unlicensed("territory 'fr' of the use is not an ISO 3166-1 alpha-2 code"), CheckOne(DirectLicence(), Use(territory: "fr")));
    }

    [Fact]
    public void Evaluate_ModelNotCovered_IsUnlicensedNamingModel()
    {
        var licence = DirectLicence("L-7") with { ModelIds = ["m-1", "m-2"] };
        Assert.Equal(new Unlicensed("model m-9 is not covered by licence L-7"), CheckOne(licence, Use(model: "m-9")));
        Assert.IsType<Covered>(CheckOne(licence, Use(model: "m-2")));
    }

    [Fact]
    public void Evaluate_LongModelList_IsSearchedExactly()
    {
        var licence = DirectLicence("L-7") with { ModelIds = [.. Enumerable.Range(0, 50).Select(i => $"m-{i:D2}")] };
        Assert.IsType<Covered>(CheckOne(licence, Use(model: "m-37")));
        Assert.Equal(new Unlicensed("model m-50 is not covered by licence L-7"), CheckOne(licence, Use(model: "m-50")));
    }

    [Fact]
    public void Evaluate_UseNotListed_IsUnlicensedNamingUse()
    {
        var licence = DirectLicence("L-7") with { Uses = [UseKind.Output] };
        Assert.Equal(new Unlicensed("licence L-7 does not cover style-imitation"), CheckOne(licence, Use(UseKind.StyleImitation)));
    }

    [Fact]
    public void Evaluate_RetroactiveLicenceAndEarlierUse_IsCovered()
    {
        var licence = DirectLicence("L-7") with { StartsAt = Day(2026, 3, 1), Retroactive = true };
        Assert.Equal(new Covered("L-7", Tokens, null, false), CheckOne(licence, Use(at: Day(2026, 2, 15))));
    }

    [Fact]
    public void Evaluate_NonRetroactiveLicenceAndEarlierUse_IsUnlicensed()
    {
        var licence = DirectLicence("L-7") with { StartsAt = Day(2026, 3, 1), Retroactive = false };
        Assert.Equal(new Unlicensed("licence L-7 starts on 2026-03-01 and is not retroactive; use on 2026-02-15"),
            CheckOne(licence, Use(at: Day(2026, 2, 15))));
    }

    [Fact]
    public void Evaluate_RetroactiveLicenceAndUseAfterEnd_IsUnlicensed()
    {
        var licence = DirectLicence("L-7") with { StartsAt = Day(2026, 3, 1), EndsAt = Day(2026, 6, 30), Retroactive = true };
        Assert.Equal(new Unlicensed("licence L-7 expired on 2026-06-30; use on 2026-07-02"), CheckOne(licence, Use(at: Day(2026, 7, 2))));
    }

    [Fact]
    public void Evaluate_TwoCoveringLicences_PicksLowestIdWhateverTheOrder()
    {
        var b = DirectLicence("L-b");
        var a = DirectLicence("L-a") with { Tariff = null, RevenueShareBasisPoints = 1_500 };
        var expected = new Covered("L-a", null, 1_500, false);
        Assert.Equal(expected, Check(Snapshot([b, a], BothGranted), Use()));
        Assert.Equal(expected, Check(Snapshot([a, b], BothGranted), Use()));
    }

    [Fact]
    public void Evaluate_SeveralMisses_ReportsTheLicenceThatCameClosest()
    {
        var wrongUse = DirectLicence("L-1") with { Uses = [UseKind.Output] };
        var expired = DirectLicence("L-2") with { EndsAt = Day(2026, 6, 30) };
        var wrongModel = DirectLicence("L-3") with { ModelIds = ["m-2"] };
        var decision = Check(Snapshot([wrongModel, expired, wrongUse], BothGranted), Use());
        Assert.Equal(new Unlicensed("licence L-2 expired on 2026-06-30; use on 2026-07-02"), decision);
    }

    [Fact]
    public void Evaluate_AttributionOnlyLicence_IsCoveredWithoutPrice()
    {
        var licence = DirectLicence("L-free") with { Tariff = null, AttributionOnly = true };
        Assert.Equal(new Covered("L-free", null, null, true), CheckOne(licence, Use()));
    }

    [Fact]
    public void Evaluate_ManyOperators_FindsEachOperatorsOwnLicence()
    {
        var licences = Enumerable.Range(0, 20).Select(i => DirectLicence($"L-{i:D2}") with { OperatorId = $"op-{i:D2}" }).ToArray();
        var snapshot = Snapshot(licences, BothGranted);
        Assert.Equal("L-13", Assert.IsType<Covered>(Check(snapshot, Use(op: "op-13"))).LicenceId);
        Assert.Equal(new Unlicensed("operator op-99 has no licence for work w-1"), Check(snapshot, Use(op: "op-99")));
    }

    [Fact]
    public void Evaluate_ManyLicencesOfFewOperators_PicksEachOperatorsLowestCoveringId()
    {
        // L-00..L-05 cover only model m-9; each operator's next licence (L-06, L-07, L-08) is its lowest that covers m-1.
        var licences = Enumerable.Range(0, 30)
            .Select(i => DirectLicence($"L-{i:D2}") with { OperatorId = $"op-{i % 3}", ModelIds = i < 6 ? ["m-9"] : null })
            .Reverse()
            .ToArray();
        var snapshot = Snapshot(licences, BothGranted);
        Assert.Equal("L-06", Assert.IsType<Covered>(Check(snapshot, Use(op: "op-0"))).LicenceId);
        Assert.Equal("L-07", Assert.IsType<Covered>(Check(snapshot, Use(op: "op-1"))).LicenceId);
        Assert.Equal("L-08", Assert.IsType<Covered>(Check(snapshot, Use(op: "op-2"))).LicenceId);
        Assert.Equal(new Unlicensed("operator op-3 has no licence for work w-1"), Check(snapshot, Use(op: "op-3")));
    }

    [Fact]
    public void Evaluate_UnspecifiedUse_IsUnlicensed()
    {
        Assert.Equal(new Unlicensed("use 0 (Unspecified) of work w-1 is not one of training, fine-tuning, retrieval, output or style-imitation"),
            CheckOne(DirectLicence(), Use(UseKind.Unspecified)));
    }

    [Fact]
    public void Evaluate_UseOfAnotherWork_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => CheckOne(DirectLicence(), Use() with { WorkId = "w-2" }));
        Assert.StartsWith("a use of work w-2 cannot be checked against the snapshot of work w-1", error.Message, StringComparison.Ordinal);
    }
}
