using RoyaltyLedger.Domain.Licensing;
using static RoyaltyLedger.Domain.Tests.Licensing.LicensingFacts;

namespace RoyaltyLedger.Domain.Tests.Licensing;

public class LicenceEvaluatorConsentTests
{
    [Fact]
    public void Evaluate_LicenceButNoConsent_IsUnlicensedNamingEachCreator()
    {
        var decision = Check(Snapshot([DirectLicence("L-7")], []), Use());
        Assert.Equal(new Unlicensed("no consent from creators c-1, c-2 for training by operator op-1 under licence L-7"), decision);
    }

    [Fact]
    public void Evaluate_NoLicenceAndNoConsent_IsUnlicensed()
    {
        Assert.Equal(new Unlicensed("operator op-1 has no licence for work w-1"), Check(Snapshot([], []), Use()));
    }

    [Fact]
    public void Evaluate_ConsentButNoLicence_IsUnlicensed()
    {
        var decision = Check(Snapshot([], [Grant("c-1"), Grant("c-2")]), Use());
        Assert.Equal(new Unlicensed("operator op-1 has no licence for work w-1"), decision);
    }

    [Fact]
    public void Evaluate_CatalogueLicenceAndEveryCreatorGranted_IsCoveredOnTheLicenceTerms()
    {
        var decision = Check(Snapshot([CatalogueLicence("L-cat")], [Grant("c-1"), Grant("c-2", Work, Operator)]), Use());
        Assert.Equal(new Covered("L-cat", Tokens, null, false), decision);
    }

    [Fact]
    public void Evaluate_RefusalAndCatalogueLicence_IsRefused()
    {
        var decision = Check(Snapshot([CatalogueLicence("L-cat")], [Grant("c-1"), Refuse("c-2")]), Use());
        Assert.Equal(new Refused("c-2", "creator c-2 refused training by operator op-1 (recorded for all their works and any operator)"), decision);
    }

    [Fact]
    public void Evaluate_RefusalAndCoveringDirectLicence_IsRefused()
    {
        var decision = Check(Snapshot([DirectLicence("L-1")], [Grant("c-1"), Refuse("c-2", Work, Operator)]), Use());
        Assert.Equal(new Refused("c-2", "creator c-2 refused training by operator op-1 (recorded for work w-1 and operator op-1)"), decision);
    }

    [Fact]
    public void Evaluate_TwoRefusals_NamesLowestCreatorIdWhateverTheSplitOrder()
    {
        var splits = SplitHistory.Create(Work, [Split(Day(2025, 1, 1), "c-9", "c-3")]);
        var decision = Check(Snapshot([], [Refuse("c-9"), Refuse("c-3")], splits), Use());
        Assert.Equal("c-3", Assert.IsType<Refused>(decision).CreatorId);
    }

    [Fact]
    public void Evaluate_CatalogueLicenceWithoutOneCreatorsConsent_IsUnlicensedNamingThatCreator()
    {
        var decision = Check(Snapshot([CatalogueLicence("L-cat")], [Grant("c-1")]), Use());
        Assert.Equal(new Unlicensed("no consent from creator c-2 for training by operator op-1 under licence L-cat"), decision);
    }

    [Fact]
    public void Evaluate_ConsentForAnotherOperatorOrUse_DoesNotCount()
    {
        var consents = new[] { Grant("c-1"), Grant("c-2", op: "op-2"), Grant("c-2", use: UseKind.Output) };
        var decision = Check(Snapshot([CatalogueLicence("L-cat")], consents), Use());
        Assert.Equal(new Unlicensed("no consent from creator c-2 for training by operator op-1 under licence L-cat"), decision);
    }

    [Fact]
    public void Evaluate_RefusalForAnotherOperator_DoesNotBlock()
    {
        var decision = Check(Snapshot([CatalogueLicence("L-cat")], [Grant("c-1"), Grant("c-2"), Refuse("c-2", op: "op-2")]), Use());
        Assert.Equal(new Covered("L-cat", Tokens, null, false), decision);
    }

    [Fact]
    public void Evaluate_LicenceFromSoleCreator_CountsAsTheirConsent()
    {
        var decision = Check(Snapshot([DirectLicence("L-1", Licensor.OfCreator("c-1"))], [], Solo()), Use());
        Assert.Equal(new Covered("L-1", Tokens, null, false), decision);
    }

    [Fact]
    public void Evaluate_LicenceFromOneCoCreator_NeedsTheOthersConsent()
    {
        var snapshot = Snapshot([DirectLicence("L-1", Licensor.OfCreator("c-1"))], []);
        Assert.Equal(new Unlicensed("no consent from creator c-2 for training by operator op-1 under licence L-1"), Check(snapshot, Use()));
        var granted = Snapshot([DirectLicence("L-1", Licensor.OfCreator("c-1"))], [Grant("c-2")]);
        Assert.Equal(new Covered("L-1", Tokens, null, false), Check(granted, Use()));
    }

    [Fact]
    public void Evaluate_LicensorCreatorWhoAlsoRefused_IsRefused()
    {
        var decision = Check(Snapshot([DirectLicence("L-1", Licensor.OfCreator("c-1"))], [Refuse("c-1")], Solo()), Use());
        Assert.Equal(new Refused("c-1", "creator c-1 refused training by operator op-1 (recorded for all their works and any operator)"), decision);
    }

    [Fact]
    public void Evaluate_LicenceFromCreatorWhoIsNotAContributor_IsUnlicensed()
    {
        var decision = Check(Snapshot([DirectLicence("L-1", Licensor.OfCreator("c-9"))], [Grant("c-1"), Grant("c-2")]), Use());
        Assert.Equal(new Unlicensed("licence L-1 is from creator c-9, who is not a contributor of work w-1 on 2026-07-02"), decision);
    }

    [Fact]
    public void Evaluate_CreatorLicenceOfOtherUse_DoesNotCountAsConsentForThisUse()
    {
        var outputOnly = DirectLicence("L-1", Licensor.OfCreator("c-1")) with { Uses = [UseKind.Output] };
        var decision = Check(Snapshot([outputOnly, CatalogueLicence("L-cat")], [Grant("c-2")]), Use());
        Assert.Equal(new Unlicensed("no consent from creator c-1 for training by operator op-1 under licence L-cat"), decision);
    }
}
