using RoyaltyLedger.Domain;
using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Grains.Tests;

[Collection(ClusterGroup.Name)]
public class RegistryGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Register_SameProfileTwice_SecondIsUnchanged()
    {
        var grain = fixture.Grains.GetGrain<ICreatorGrain>("reg-same");
        var first = await grain.Register(new CreatorProfile("reg-same", "Same Name"));
        var second = await grain.Register(new CreatorProfile("reg-same", "Same Name"));
        Assert.Equal(RegistrationOutcome.Created, first.Outcome);
        Assert.Equal(RegistrationOutcome.Unchanged, second.Outcome);
    }

    [Fact]
    public async Task Register_SameIdDifferentName_IsConflictAndKeepsFirst()
    {
        var grain = fixture.Grains.GetGrain<ICreatorGrain>("reg-conflict");
        await grain.Register(new CreatorProfile("reg-conflict", "First"));
        var second = await grain.Register(new CreatorProfile("reg-conflict", "Second"));
        Assert.Equal(RegistrationOutcome.Conflict, second.Outcome);
        Assert.Equal("First", second.Current.DisplayName);
        Assert.Equal("First", (await grain.Describe())?.DisplayName);
    }

    [Fact]
    public async Task WorkWithLicence_AfterDeactivation_IsReadBackFromSqlite()
    {
        var work = fixture.Grains.GetGrain<IWorkGrain>("reg-work-persist");
        await work.Register(new WorkDefinition("reg-work-persist", "Persisted", "music",
            [new ContributorShare("c-1", "composer", 7_000), new ContributorShare("c-2", "lyricist", 3_000)]));
        var licence = new LicenceGrant("L-1", "reg-work-persist", "op-1", [UseKind.Training],
            new TariffTerms("EUR", 1_500_000, 1_000_000, "tokens"));
        await work.GrantLicence(licence);

        await fixture.Cluster.DeactivateAsync((IAddressable)work);
        var read = await work.Describe();

        Assert.NotNull(read);
        Assert.Equal(2, read.Version);
        Assert.Equal([7_000, 3_000], read.Definition.Contributors.Select(c => c.ShareBasisPoints));
        Assert.True(Assert.Single(read.Licences).SameTermsAs(licence));
    }

    [Fact]
    public async Task GrantLicence_SameIdOtherTerms_IsConflict()
    {
        var work = fixture.Grains.GetGrain<IWorkGrain>("reg-lic-conflict");
        await work.Register(new WorkDefinition("reg-lic-conflict", "T", "text", [new ContributorShare("c-1", "author", 10_000)]));
        var licence = new LicenceGrant("L-1", "reg-lic-conflict", "op-1", [], new TariffTerms("EUR", 1, 1, "tokens"));
        Assert.Equal(RegistrationOutcome.Created, (await work.GrantLicence(licence))?.Outcome);
        Assert.Equal(RegistrationOutcome.Unchanged, (await work.GrantLicence(licence))?.Outcome);
        Assert.Equal(RegistrationOutcome.Conflict, (await work.GrantLicence(licence with { Tariff = new TariffTerms("EUR", 2, 1, "tokens") }))?.Outcome);
    }

    [Fact]
    public async Task GrantLicence_UnregisteredWork_ReturnsNull()
    {
        var licence = new LicenceGrant("L-1", "reg-nowork", "op-1", [], new TariffTerms("EUR", 1, 1, "tokens"));
        Assert.Null(await fixture.Grains.GetGrain<IWorkGrain>("reg-nowork").GrantLicence(licence));
    }
}
