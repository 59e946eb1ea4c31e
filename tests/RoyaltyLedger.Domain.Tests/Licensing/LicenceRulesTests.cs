using RoyaltyLedger.Domain.Licensing;
using static RoyaltyLedger.Domain.Tests.Licensing.LicensingFacts;

namespace RoyaltyLedger.Domain.Tests.Licensing;

public class LicenceRulesTests
{
    private static IEnumerable<string> Descriptions(Licence licence) => LicenceRules.Validate(licence).Select(v => v.Description);

    [Fact]
    public void Validate_WellFormedDirectAndCatalogueLicences_HaveNoViolations()
    {
        Assert.Empty(LicenceRules.Validate(DirectLicence()));
        Assert.Empty(LicenceRules.Validate(CatalogueLicence() with { EndsAt = Day(2027, 1, 1), TerritoryCodes = ["FR"], ModelIds = ["m-1"] }));
    }

    [Fact]
    public void Validate_CatalogueFromCreator_IsRefused()
    {
        var licence = DirectLicence("L-1", Licensor.OfCreator("c-1")) with { WorkIds = null };
        Assert.Equal(["licence L-1 covers a catalogue, which only a rightsholder has; its licensor is creator c-1"], Descriptions(licence));
    }

    [Fact]
    public void Validate_EmptyScopeLists_AreRefusedRatherThanReadAsAll()
    {
        var licence = DirectLicence("L-1") with { ModelIds = [], WorkIds = [], Uses = [], TerritoryCodes = [] };
        Assert.Equal(
            [
                "licence L-1 lists 0 models, expected 1 to 1,000 (or none given, to cover all)",
                "licence L-1 lists 0 works, expected 1 to 10,000 (or none given, to cover all)",
                "licence L-1 lists 0 uses, expected 1 to 5",
                "licence L-1 lists 0 territories, expected 1 to 300 (or none given, for worldwide)",
            ],
            Descriptions(licence));
    }

    [Fact]
    public void Validate_ModelsAtLimit_AreAcceptedAndOneMoreIsNot()
    {
        var atLimit = DirectLicence() with { ModelIds = [.. Enumerable.Range(0, LicenceRules.MaxModels).Select(i => $"m-{i}")] };
        Assert.Empty(LicenceRules.Validate(atLimit));
        var overLimit = atLimit with { ModelIds = [.. atLimit.ModelIds!, "m-extra"] };
        Assert.Equal(["licence L-1 lists 1,001 models, expected 1 to 1,000 (or none given, to cover all)"], Descriptions(overLimit));
    }

    [Fact]
    public void Validate_BadUseAndTerritory_NamesEach()
    {
        var licence = DirectLicence("L-1") with { Uses = [UseKind.Training, UseKind.Unspecified], TerritoryCodes = ["FR", "fra"] };
        Assert.Equal(
            [
                "licence L-1 uses[1] is 0 (Unspecified), expected training, fine-tuning, retrieval, output or style-imitation",
                "licence L-1 territory 'fra' is not an ISO 3166-1 alpha-2 code of two capital letters",
            ],
            Descriptions(licence));
    }

    [Fact]
    public void Validate_EndNotAfterStart_NamesBoth()
    {
        var licence = DirectLicence("L-1") with { StartsAt = Day(2026, 3, 1), EndsAt = Day(2026, 3, 1) };
        Assert.Equal(["licence L-1 ends at 2026-03-01, which is not after its start 2026-03-01"], Descriptions(licence));
    }

    [Fact]
    public void Validate_Pricing_IsExactlyOneOfAttributionOnlyOrPaid()
    {
        Assert.Equal(["licence L-1 is attribution-only, so it takes neither a tariff nor a revenue share"],
            Descriptions(DirectLicence("L-1") with { AttributionOnly = true }));
        Assert.Equal(["licence L-1 needs a tariff, a revenue share or both, unless it is attribution-only"],
            Descriptions(DirectLicence("L-1") with { Tariff = null }));
        Assert.Empty(LicenceRules.Validate(DirectLicence() with { RevenueShareBasisPoints = 2_000 }));
    }

    [Fact]
    public void Validate_RevenueShareOutOfRange_NamesValue()
    {
        Assert.Equal(["licence L-1 revenue_share_bps is 10,001, expected 1 to 10,000"],
            Descriptions(DirectLicence("L-1") with { Tariff = null, RevenueShareBasisPoints = 10_001 }));
    }

    [Fact]
    public void Validate_BadTariff_IsReportedUnderTariffField()
    {
        var violation = Assert.Single(LicenceRules.Validate(DirectLicence() with { Tariff = Tokens with { PerUnits = 0 } }));
        Assert.Equal(new("tariff.per_units", $"tariff.per_units is 0, expected 1 to {RoyaltyLedger.Domain.Registry.Tariff.MaxPerUnits:N0}"), violation);
    }
}
