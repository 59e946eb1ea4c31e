using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Grains.Abstractions.Licensing;
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
    public async Task WorkWithLicence_AfterDeactivation_IsReadBackFromTheDatabase()
    {
        var work = fixture.Grains.GetGrain<IWorkGrain>("reg-work-persist");
        await work.Register(new WorkDefinition("reg-work-persist", "Persisted", "music",
            [new ContributorShare("c-1", "composer", 7_000), new ContributorShare("c-2", "lyricist", 3_000)]));
        var licence = Licence("L-persist", "reg-work-persist", 1_500_000);
        await fixture.Licences.IssueAsync(licence, CancellationToken.None);

        await fixture.Cluster.DeactivateAsync((IAddressable)work);
        var read = await work.Describe();

        Assert.NotNull(read);
        Assert.Equal([7_000, 3_000], read.Definition.Contributors.Select(c => c.ShareBasisPoints));
        Assert.True(Assert.Single(read.Licences).SameTermsAs(licence));
    }

    [Fact]
    public async Task IssueLicence_SameIdOtherTerms_IsConflict()
    {
        var work = fixture.Grains.GetGrain<IWorkGrain>("reg-lic-conflict");
        await work.Register(new WorkDefinition("reg-lic-conflict", "T", "text", [new ContributorShare("c-1", "author", 10_000)]));
        var licence = Licence("L-conflict", "reg-lic-conflict", 1);
        Assert.Equal(RegistrationOutcome.Created, (await fixture.Licences.IssueAsync(licence, CancellationToken.None)).Outcome);
        Assert.Equal(RegistrationOutcome.Unchanged, (await fixture.Licences.IssueAsync(licence, CancellationToken.None)).Outcome);
        var other = await fixture.Licences.IssueAsync(licence with { Tariff = new TariffTerms("EUR", 2, 1, "tokens") }, CancellationToken.None);
        Assert.Equal(RegistrationOutcome.Conflict, other.Outcome);
        Assert.Equal(1, other.Current.Tariff?.PriceMicros);
    }

    [Fact]
    public async Task Rate_UnregisteredWork_ReturnsNull()
    {
        Assert.Null(await fixture.Grains.GetGrain<IWorkGrain>("reg-nowork").Rate("op-1", [new UseQuery("m-1", UseKind.Training, DateTimeOffset.UnixEpoch, "", "tokens")]));
    }

    private static LicenceRecord Licence(string id, string workId, long priceMicros) =>
        new(id, LicensorKind.Creator, "c-1", "op-1", [], [workId], [UseKind.Training], [], DateTimeOffset.UnixEpoch, null, false,
            new TariffTerms("EUR", priceMicros, 1_000_000, "tokens"), null, false);
}
