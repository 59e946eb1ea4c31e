using RoyaltyLedger.Domain.Licensing;
using static RoyaltyLedger.Domain.Tests.Licensing.LicensingFacts;

namespace RoyaltyLedger.Domain.Tests.Licensing;

public class WorkSnapshotTests
{
    private static string CreateError(IReadOnlyList<Licence> licences, IReadOnlyList<ConsentRecord> consents, SplitHistory? splits = null) =>
        Assert.Throws<ArgumentException>(() => Snapshot(licences, consents, splits)).Message;

    [Fact]
    public void Create_ConsentForAnotherWork_IsRefused()
    {
        Assert.Equal("consent of creator c-1 concerns work w-2, not work w-1", CreateError([], [Grant("c-1", "w-2")]));
    }

    [Fact]
    public void Create_LicenceNotListingWork_IsRefused()
    {
        Assert.Equal("licence L-1 does not list work w-1", CreateError([DirectLicence() with { WorkIds = ["w-2"] }], []));
    }

    [Fact]
    public void Create_CatalogueLicenceOfAnotherRightsholder_IsRefused()
    {
        var licence = CatalogueLicence("L-cat") with { Licensor = Licensor.OfRightsholder("r-2") };
        Assert.Equal("licence L-cat covers the catalogue of rightsholder r-2, which does not include work w-1", CreateError([licence], []));
    }

    [Fact]
    public void Create_SameLicenceTwice_IsRefused()
    {
        Assert.Equal("licence L-1 is given more than once for work w-1", CreateError([DirectLicence(), DirectLicence()], []));
    }

    [Fact]
    public void Create_InvalidLicence_NamesLicenceAndField()
    {
        Assert.Equal("licence L-1 lists 0 uses, expected 1 to 5", CreateError([DirectLicence() with { Uses = [] }], []));
    }

    [Fact]
    public void Create_SplitHistoryOfAnotherWork_IsRefused()
    {
        var other = SplitHistory.Create("w-2", [Split(Day(2025, 1, 1), "c-1")]);
        Assert.Equal("the split history of work w-2 was given for work w-1", CreateError([], [], other));
    }

    [Fact]
    public void Create_ValidFacts_KeepsThemAsGiven()
    {
        var licence = DirectLicence();
        var consent = Grant("c-1");
        var snapshot = Snapshot([licence], [consent]);
        Assert.Equal((Work, 1L), (snapshot.WorkId, snapshot.Version));
        Assert.Equal([Rightsholder], snapshot.RightsholderIds);
        Assert.Same(licence, Assert.Single(snapshot.Licences));
        Assert.Same(consent, Assert.Single(snapshot.Consents));
    }
}
