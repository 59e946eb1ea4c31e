using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>GrantLicence over gRPC: each refusal names the field and the values, a retry is a no-op, a conflict is not.</summary>
public abstract class LicenceGrantTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    /// <summary>A second licence from the slice's composer for its song, valid as it stands.</summary>
    private static Licence Terms(Slice s, string licenceId) => new()
    {
        LicenceId = licenceId,
        LicensorCreatorId = s.Composer,
        OperatorId = s.Operator,
        WorkIds = { s.Work },
        Uses = { UseKind.Output },
        StartsAt = Slice.LicenceStart,
        Tariff = new Tariff { Currency = "EUR", PriceMicros = 500_000, PerUnits = 1_000, UnitKind = "tokens" },
    };

    private static async Task<(string Field, string Description)> RefusedAsync(LedgerClients clients, Licence licence)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => clients.Registry.GrantLicenceAsync(new GrantLicenceRequest { Licence = licence }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        return (violation.Field, violation.Description);
    }

    [Fact]
    public async Task GrantLicence_EndsBeforeStart_NamesEndsAt()
    {
        var s = await new Slice("lgt-end").RegisterAsync(Server.Admin);
        var licence = Terms(s, "lgt-end-l");
        licence.EndsAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, 12, 31, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(("licence.ends_at", "licence lgt-end-l ends at 2025-12-31, which is not after its start 2026-01-01"),
            await RefusedAsync(Server.Admin, licence));
    }

    [Fact]
    public async Task GrantLicence_CatalogueFromCreator_NamesWorkIds()
    {
        var s = await new Slice("lgt-cat").RegisterAsync(Server.Admin);
        var licence = Terms(s, "lgt-cat-l");
        licence.WorkIds.Clear();

        Assert.Equal(("licence.work_ids", $"licence lgt-cat-l covers a catalogue, which only a rightsholder has; its licensor is creator {s.Composer}"),
            await RefusedAsync(Server.Admin, licence));
    }

    [Fact]
    public async Task GrantLicence_UnknownModel_NamesModelIdsZero()
    {
        var s = await new Slice("lgt-nomodel").RegisterAsync(Server.Admin);
        var licence = Terms(s, "lgt-nomodel-l");
        licence.ModelIds.Add("lgt-ghost-model");

        Assert.Equal(("licence.model_ids[0]", "licence.model_ids[0] 'lgt-ghost-model' is not a registered model"), await RefusedAsync(Server.Admin, licence));
    }

    [Fact]
    public async Task GrantLicence_ModelOfAnotherOperator_NamesModelAndItsOperator()
    {
        var s = await new Slice("lgt-model").RegisterAsync(Server.Admin);
        var other = await new Slice("lgt-model-other").RegisterAsync(Server.Admin);
        var licence = Terms(s, "lgt-model-l");
        licence.ModelIds.Add(other.Model);

        Assert.Equal(("licence.model_ids[0]", $"licence.model_ids[0] '{other.Model}' belongs to operator {other.Operator}, not {s.Operator}"),
            await RefusedAsync(Server.Admin, licence));
    }

    [Fact]
    public async Task GrantLicence_RightsholderListingWorkOutsideItsCatalogue_NamesWorkIdsZero()
    {
        var s = await new Slice("lgt-notcat").RegisterAsync(Server.Admin);
        var c = await new Catalogue("lgt-notcat-c").RegisterAsync(Server.Admin);
        var licence = c.CatalogueLicence("lgt-notcat-l");
        licence.WorkIds.Add(s.Work);

        Assert.Equal(("licence.work_ids[0]", $"licence.work_ids[0] '{s.Work}' is not in the catalogue of rightsholder {c.Rightsholder}"),
            await RefusedAsync(Server.Admin, licence));
    }

    [Fact]
    public async Task GrantLicence_NoPriceAndNotAttributionOnly_NamesTariff()
    {
        var s = await new Slice("lgt-price").RegisterAsync(Server.Admin);
        var licence = Terms(s, "lgt-price-l");
        licence.Tariff = null;

        Assert.Equal(("licence.tariff", "licence lgt-price-l needs a tariff, a revenue share or both, unless it is attribution-only"),
            await RefusedAsync(Server.Admin, licence));
    }

    [Fact]
    public async Task GrantLicence_SameTermsAgain_ReturnsFirstLicence_DifferentTermsAreAlreadyExists()
    {
        var s = await new Slice("lgt-again").RegisterAsync(Server.Admin);
        var first = await Server.Registry.GrantLicenceAsync(new GrantLicenceRequest { Licence = Terms(s, "lgt-again-l") });

        var again = await Server.Registry.GrantLicenceAsync(new GrantLicenceRequest { Licence = Terms(s, "lgt-again-l") });
        var changed = Terms(s, "lgt-again-l");
        changed.Territories.Add("DE");
        var error = await Assert.ThrowsAsync<RpcException>(() => Server.Registry.GrantLicenceAsync(new GrantLicenceRequest { Licence = changed }).ResponseAsync);

        Assert.Equal(first, again);
        Assert.Equal((StatusCode.AlreadyExists, "licence lgt-again-l is already registered with different details; ids cannot be reused"),
            (error.StatusCode, error.Status.Detail));
        Assert.Equal(first, await Server.Registry.GetLicenceAsync(new GetLicenceRequest { LicenceId = "lgt-again-l" }));
    }

    [Fact]
    public async Task GrantLicence_RetryWithoutStart_ReturnsFirstLicenceStartingAtFirstGrant()
    {
        var s = await new Slice("lgt-nostart").RegisterAsync(Server.Admin);
        var terms = Terms(s, "lgt-nostart-l");
        terms.StartsAt = null;
        var first = await Server.Registry.GrantLicenceAsync(new GrantLicenceRequest { Licence = terms });

        var again = await Server.Registry.GrantLicenceAsync(new GrantLicenceRequest { Licence = terms });

        Assert.Equal(first, again);
        Assert.Equal(first.GrantedAt, first.StartsAt);
    }

    [Fact]
    public async Task GrantLicence_RightsholderKeyAsAnotherRightsholder_IsPermissionDenied()
    {
        var c = await new Catalogue("lgt-rh").RegisterAsync(Server.Admin);
        await Server.Registry.RegisterRightsholderAsync(new RegisterRightsholderRequest { RightsholderId = "lgt-rh-other", DisplayName = "Other", Kind = "label" });
        var other = await Server.ClientsForAsync(Role.Rightsholder, "lgt-rh-other");

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            other.Registry.GrantLicenceAsync(new GrantLicenceRequest { Licence = c.CatalogueLicence("lgt-rh-l") }).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.EndsWith($"may not grant a licence whose licensor is rightsholder {c.Rightsholder}", error.Status.Detail, StringComparison.Ordinal);
        var missing = await Assert.ThrowsAsync<RpcException>(() => Server.Registry.GetLicenceAsync(new GetLicenceRequest { LicenceId = "lgt-rh-l" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }
}

public sealed class SqliteLicenceGrantTests(SqliteServerFixture fixture) : LicenceGrantTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresLicenceGrantTests(PostgresServerFixture fixture) : LicenceGrantTests(fixture), IClassFixture<PostgresServerFixture>;
