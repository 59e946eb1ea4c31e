using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Storage.Licensing;
using RoyaltyLedger.Storage.Registry;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Server.Tests;

/// <summary>Societies' unlicensed tariffs on both databases: replace, the per-society limit, and which society prices a creator.</summary>
public abstract class SocietyTariffStoreTests(StoreFixture fixture)
{
    private SqlLicenceStore Licences => new(fixture.Database);

    private SqlSocietyTariffStore Tariffs => new(fixture.Database);

    private SqlSocietyMembers Members => new(fixture.Database);

    private static UnlicensedTariffEntry Tariff(string society, string unitKind, long priceMicros, int use = 1) =>
        new(society, use, unitKind, priceMicros, 1_000_000, "EUR", 1_700_000_000_000);

    [Fact]
    public async Task SetUnlicensedTariff_SameUseAndUnitKindTwice_ReplacesTheFirst()
    {
        Assert.True(await Tariffs.SetUnlicensedTariffAsync(Tariff("st-replace", "tokens", 1_000), CancellationToken.None));
        Assert.True(await Tariffs.SetUnlicensedTariffAsync(Tariff("st-replace", "images", 5, use: 4), CancellationToken.None));
        var second = Tariff("st-replace", "tokens", 2_000) with { PerUnits = 1_000, Currency = "USD", SetAtUnixMs = 1_700_000_000_001 };
        Assert.True(await Tariffs.SetUnlicensedTariffAsync(second, CancellationToken.None));

        var listed = await Tariffs.ListUnlicensedTariffsAsync("st-replace", CancellationToken.None);

        Assert.Equal([second, Tariff("st-replace", "images", 5, use: 4)], listed);
    }

    [Fact]
    public async Task SetUnlicensedTariff_AtTheLimit_RefusesANewKeyButStillReplacesAnExistingOne()
    {
        for (var i = 0; i < ISocietyTariffStore.MaxTariffsPerSociety; i++)
        {
            Assert.True(await Tariffs.SetUnlicensedTariffAsync(Tariff("st-limit", $"unit-{i:D3}", i), CancellationToken.None), $"tariff {i}");
        }

        var beyond = await Tariffs.SetUnlicensedTariffAsync(Tariff("st-limit", "unit-100", 1), CancellationToken.None);
        var replaced = await Tariffs.SetUnlicensedTariffAsync(Tariff("st-limit", "unit-050", 9_999), CancellationToken.None);
        var otherSociety = await Tariffs.SetUnlicensedTariffAsync(Tariff("st-limit-2", "unit-100", 1), CancellationToken.None);

        var listed = await Tariffs.ListUnlicensedTariffsAsync("st-limit", CancellationToken.None);
        Assert.Equal((false, true, true), (beyond, replaced, otherSociety));
        Assert.Equal(ISocietyTariffStore.MaxTariffsPerSociety, listed.Count);
        Assert.Equal(9_999, listed.Single(t => t.UnitKind == "unit-050").PriceMicros);
        Assert.DoesNotContain(listed, t => t.UnitKind == "unit-100");
    }

    [Fact]
    public async Task UnlicensedTariffsForCreators_MemberOfTwoSocieties_IsPricedByTheIdSortingFirstOrdinal()
    {
        // Ordinal: "ST-z" (capital S) sorts before "st-a", whatever order the creator joined in.
        await Members.AddMemberAsync("st-a", "st-c1", "creator", 1, CancellationToken.None);
        await Members.AddMemberAsync("ST-z", "st-c1", "creator", 2, CancellationToken.None);
        await Members.AddMemberAsync("st-a", "st-c2", "creator", 1, CancellationToken.None);
        await Members.AddMemberAsync("st-a", "st-pub", "rightsholder", 1, CancellationToken.None);
        await Tariffs.SetUnlicensedTariffAsync(Tariff("st-a", "tokens", 10), CancellationToken.None);
        await Tariffs.SetUnlicensedTariffAsync(Tariff("ST-z", "tokens", 20), CancellationToken.None);

        var found = await Tariffs.UnlicensedTariffsForCreatorsAsync(["st-c2", "st-c1", "st-nobody", "st-pub", "st-c1"], CancellationToken.None);

        Assert.Equal([("st-c2", "st-a", 10L), ("st-c1", "ST-z", 20L)],
            found.Select(f => (f.CreatorId, f.SocietyId, Assert.Single(f.Tariffs).PriceMicros)));
    }

    [Fact]
    public async Task UnlicensedTariffsForCreators_SocietyWithoutTariffs_NamesTheSocietyWithNone()
    {
        await Members.AddMemberAsync("st-bare", "st-bare-c", "creator", 1, CancellationToken.None);

        var found = await Tariffs.UnlicensedTariffsForCreatorsAsync(["st-bare-c"], CancellationToken.None);

        Assert.Equal(("st-bare-c", "st-bare", 0), found.Select(f => (f.CreatorId, f.SocietyId, f.Tariffs.Count)).Single());
    }

    [Fact]
    public async Task WorksOfCreatorMembers_StopsAtTheLimit_AndSkipsRightsholdersCatalogues()
    {
        await Members.AddMemberAsync("st-works", "st-w-c1", "creator", 1, CancellationToken.None);
        await Members.AddMemberAsync("st-works", "st-w-c2", "creator", 1, CancellationToken.None);
        await Members.AddMemberAsync("st-works", "st-w-pub", "rightsholder", 1, CancellationToken.None);
        await Licences.LinkWorkPartiesAsync("st-w-1", [("st-w-c1", WorkRelations.Contributor), ("st-w-c2", WorkRelations.Contributor)], CancellationToken.None);
        await Licences.LinkWorkPartiesAsync("st-w-2", [("st-w-c2", WorkRelations.Contributor)], CancellationToken.None);
        await Licences.LinkWorkPartiesAsync("st-w-3", [("st-w-pub", WorkRelations.Rightsholder)], CancellationToken.None);

        var all = await Tariffs.WorksOfCreatorMembersAsync("st-works", 10, CancellationToken.None);
        var limited = await Tariffs.WorksOfCreatorMembersAsync("st-works", 1, CancellationToken.None);

        Assert.Equal(["st-w-1", "st-w-2"], all);
        Assert.Equal(["st-w-1"], limited);
    }
}

public sealed class SqliteSocietyTariffStoreTests(SqliteStoreFixture fixture) : SocietyTariffStoreTests(fixture), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresSocietyTariffStoreTests(PostgresStoreFixture fixture) : SocietyTariffStoreTests(fixture), IClassFixture<PostgresStoreFixture>;
