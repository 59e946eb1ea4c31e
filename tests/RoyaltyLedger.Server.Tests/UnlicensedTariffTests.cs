using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Tests.Infrastructure;
using DomainUse = RoyaltyLedger.Domain.UseKind;
using UseStatus = RoyaltyLedger.Domain.UseStatus;

namespace RoyaltyLedger.Server.Tests;

/// <summary>Societies' unlicensed tariffs over gRPC: who may set them, what is refused, and the work grain's ratings carrying them.</summary>
public abstract class UnlicensedTariffTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    private static Tariff Tokens(long priceMicros) => new() { Currency = "EUR", PriceMicros = priceMicros, PerUnits = 1_000_000, UnitKind = "tokens" };

    private async Task RegisterSocietyAsync(string societyId) =>
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = societyId, DisplayName = societyId, CommissionBps = 1_000 });

    private static async Task<RpcException> RefusedAsync<T>(AsyncUnaryCall<T> call) => await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

    [Fact]
    public async Task SetUnlicensedTariff_SocietyForItself_ReplacesAndListsByUseThenUnitKind()
    {
        await RegisterSocietyAsync("ut-own");
        var society = await Server.ClientsForAsync(Role.Society, "ut-own");

        await society.Registry.SetUnlicensedTariffAsync(new SetUnlicensedTariffRequest { SocietyId = "ut-own", Use = UseKind.Output, Tariff = Tokens(1_000_000) });
        await society.Registry.SetUnlicensedTariffAsync(new SetUnlicensedTariffRequest { SocietyId = "ut-own", Use = UseKind.Training, Tariff = Tokens(3_000_000) });
        var replaced = await society.Registry.SetUnlicensedTariffAsync(new SetUnlicensedTariffRequest { SocietyId = "ut-own", Use = UseKind.Output, Tariff = Tokens(1_500_000) });
        var listed = await Server.Registry.ListUnlicensedTariffsAsync(new ListUnlicensedTariffsRequest { SocietyId = "ut-own" });

        Assert.Equal(("ut-own", UseKind.Output, Tokens(1_500_000)), (replaced.SocietyId, replaced.Use, replaced.Tariff));
        Assert.Equal([(UseKind.Training, 3_000_000L), (UseKind.Output, 1_500_000L)], listed.Tariffs.Select(t => (t.Use, t.Tariff.PriceMicros)));
        Assert.All(listed.Tariffs, t => Assert.Equal("ut-own", t.SocietyId));
    }

    [Fact]
    public async Task SetUnlicensedTariff_SocietyForAnother_IsPermissionDenied()
    {
        await RegisterSocietyAsync("ut-a");
        await RegisterSocietyAsync("ut-b");
        var societyA = await Server.ClientsForAsync(Role.Society, "ut-a");

        var error = await RefusedAsync(societyA.Registry.SetUnlicensedTariffAsync(
            new SetUnlicensedTariffRequest { SocietyId = "ut-b", Use = UseKind.Training, Tariff = Tokens(1) }));

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.EndsWith("may not set the unlicensed tariffs of society ut-b", error.Status.Detail, StringComparison.Ordinal);
        Assert.Empty((await Server.Registry.ListUnlicensedTariffsAsync(new ListUnlicensedTariffsRequest { SocietyId = "ut-b" })).Tariffs);
    }

    [Fact]
    public async Task SetUnlicensedTariff_Creator_IsPermissionDenied()
    {
        var s = await new Slice("ut-creator").RegisterAsync(Server.Admin);
        await RegisterSocietyAsync("ut-creator-soc");
        var creator = await Server.ClientsForAsync(Role.Creator, s.Composer);

        var error = await RefusedAsync(creator.Registry.SetUnlicensedTariffAsync(
            new SetUnlicensedTariffRequest { SocietyId = "ut-creator-soc", Use = UseKind.Training, Tariff = Tokens(1) }));

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.EndsWith("may not set unlicensed tariffs", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetUnlicensedTariff_BadValues_NamesEachFieldAndValue()
    {
        await RegisterSocietyAsync("ut-bad");
        var tariff = new Tariff { Currency = "eur", PriceMicros = -1, PerUnits = 0, UnitKind = "" };

        var error = await RefusedAsync(Server.Registry.SetUnlicensedTariffAsync(
            new SetUnlicensedTariffRequest { SocietyId = "ut-bad", Use = UseKind.Unspecified, Tariff = tariff }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(
            [
                ("use", "use is 0, expected training, fine-tuning, retrieval, output or style-imitation"),
                ("tariff.currency", "tariff.currency 'eur' is not an ISO 4217 code of three capital letters"),
                ("tariff.price_micros", $"tariff.price_micros is -1, expected 0 to {RoyaltyLedger.Domain.Registry.Tariff.MaxPriceMicros:N0}"),
                ("tariff.per_units", $"tariff.per_units is 0, expected 1 to {RoyaltyLedger.Domain.Registry.Tariff.MaxPerUnits:N0}"),
                ("tariff.unit_kind", "tariff.unit_kind is required"),
            ],
            error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => (v.Field, v.Description)));
    }

    [Fact]
    public async Task SetUnlicensedTariff_NoTariffOrUnknownSociety_NamesTheField()
    {
        await RegisterSocietyAsync("ut-none");

        var noTariff = await RefusedAsync(Server.Registry.SetUnlicensedTariffAsync(new SetUnlicensedTariffRequest { SocietyId = "ut-none", Use = UseKind.Training }));
        var unknown = await RefusedAsync(Server.Registry.SetUnlicensedTariffAsync(
            new SetUnlicensedTariffRequest { SocietyId = "ut-nobody", Use = UseKind.Training, Tariff = Tokens(1) }));

        Assert.Equal("tariff is required: currency, price_micros, per_units and unit_kind", noTariff.Status.Detail);
        Assert.Equal((StatusCode.InvalidArgument, "society_id 'ut-nobody' is not a registered society"), (unknown.StatusCode, unknown.Status.Detail));
    }

    [Fact]
    public async Task Rate_UnlicensedAndRefusedUsesOfAMembersWork_CarryTheSocietysTariffForTheUnitKind()
    {
        // The slice licenses training only; output is unlicensed, and retrieval the lyricist refuses.
        var s = await new Slice("ut-rate").RegisterAsync(Server.Admin);
        await RegisterSocietyAsync("ut-rate-soc");
        await Server.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = "ut-rate-soc", MemberId = s.Lyricist });
        await Server.Admin.Consents.RecordConsentAsync(new RecordConsentRequest
        {
            CreatorId = s.Lyricist, WorkId = s.Work, Use = UseKind.Retrieval, Decision = ConsentDecision.Refused,
            EffectiveFrom = Slice.LicenceStart,
        });
        var work = Server.Services.GetRequiredService<IGrainFactory>().GetGrain<IWorkGrain>(s.Work);
        var at = Slice.UsedAt.ToDateTimeOffset();
        UseQuery Use(DomainUse use, string unitKind) => new(s.Model, use, at, "", unitKind);
        var before = (await work.Rate(s.Operator, [Use(DomainUse.Output, "tokens")]))!.Value.Single();

        foreach (var use in new[] { UseKind.Output, UseKind.Retrieval, UseKind.Training })
        {
            await Server.Registry.SetUnlicensedTariffAsync(new SetUnlicensedTariffRequest { SocietyId = "ut-rate-soc", Use = use, Tariff = Tokens(4_000_000) });
        }

        var rated = (await work.Rate(s.Operator,
            [Use(DomainUse.Output, "tokens"), Use(DomainUse.Retrieval, "tokens"), Use(DomainUse.Output, "images"), Use(DomainUse.Training, "tokens")]))!.Value;

        var expected = new ContributorTariff(s.Lyricist, "ut-rate-soc", new TariffTerms("EUR", 4_000_000, 1_000_000, "tokens"));
        Assert.Equal((UseStatus.Unlicensed, 0), (before.Status, before.UnlicensedTariffs.Length));
        Assert.Equal([UseStatus.Unlicensed, UseStatus.Refused, UseStatus.Unlicensed, UseStatus.Licensed], rated.Select(r => r.Status));
        Assert.Equal<ContributorTariff>([expected], rated[0].UnlicensedTariffs);
        Assert.Equal<ContributorTariff>([expected], rated[1].UnlicensedTariffs);
        Assert.Empty(rated[2].UnlicensedTariffs);
        Assert.Empty(rated[3].UnlicensedTariffs);
    }

    [Fact]
    public async Task Rate_AfterTheSocietyChangesItsTariff_CarriesTheNewPriceAtOnce()
    {
        var s = await new Slice("ut-change").RegisterAsync(Server.Admin);
        await RegisterSocietyAsync("ut-change-soc");
        await Server.Registry.SetUnlicensedTariffAsync(new SetUnlicensedTariffRequest { SocietyId = "ut-change-soc", Use = UseKind.Output, Tariff = Tokens(1_000_000) });
        var work = Server.Services.GetRequiredService<IGrainFactory>().GetGrain<IWorkGrain>(s.Work);
        UseQuery[] output = [new(s.Model, DomainUse.Output, Slice.UsedAt.ToDateTimeOffset(), "", "tokens")];
        var beforeJoining = (await work.Rate(s.Operator, [.. output]))!.Value.Single();

        await Server.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = "ut-change-soc", MemberId = s.Composer });
        var afterJoining = (await work.Rate(s.Operator, [.. output]))!.Value.Single();
        await Server.Registry.SetUnlicensedTariffAsync(new SetUnlicensedTariffRequest { SocietyId = "ut-change-soc", Use = UseKind.Output, Tariff = Tokens(2_500_000) });
        var afterChange = (await work.Rate(s.Operator, [new(s.Model, DomainUse.Output, TimeProvider.System.GetUtcNow().AddMinutes(1), "", "tokens")]))!.Value.Single();
        var beforeChange = (await work.Rate(s.Operator, [.. output]))!.Value.Single();

        Assert.Empty(beforeJoining.UnlicensedTariffs);
        Assert.Equal([(s.Composer, 1_000_000L)], afterJoining.UnlicensedTariffs.Select(t => (t.CreatorId, t.Tariff.PriceMicros)));
        Assert.Equal([(s.Composer, 2_500_000L)], afterChange.UnlicensedTariffs.Select(t => (t.CreatorId, t.Tariff.PriceMicros)));
        // A use made before the change keeps the price then in force (README "Rating as of the use's time").
        Assert.Equal([(s.Composer, 1_000_000L)], beforeChange.UnlicensedTariffs.Select(t => (t.CreatorId, t.Tariff.PriceMicros)));
    }
}

public sealed class SqliteUnlicensedTariffTests(SqliteServerFixture fixture) : UnlicensedTariffTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresUnlicensedTariffTests(PostgresServerFixture fixture) : UnlicensedTariffTests(fixture), IClassFixture<PostgresServerFixture>;
