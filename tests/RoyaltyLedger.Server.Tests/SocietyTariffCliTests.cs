using RoyaltyLedger.Cli;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>`royalty societies set-unlicensed-tariff` and `royalty societies unlicensed-tariffs` against the real server.</summary>
public sealed class SocietyTariffCliTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private LedgerServer Server => fixture.Server;

    private Task<(int Exit, string Output, string Error)> RoyaltyAsync(params string[] args) => Server.RoyaltyAsync(Server.Admin.ApiKey, args);

    [Fact]
    public async Task SetUnlicensedTariff_TwoUses_PrintsEachAndListsThemByUse()
    {
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "stc-soc", DisplayName = "Society", CommissionBps = 0 });

        var output = await RoyaltyAsync("societies", "set-unlicensed-tariff", "stc-soc", "--use", "output",
            "--price-micros", "500000", "--per-units", "1000", "--unit-kind", "tokens", "--currency", "USD");
        var training = await RoyaltyAsync("societies", "set-unlicensed-tariff", "stc-soc", "--use", "training",
            "--price-micros", "2000000", "--per-units", "1000000", "--unit-kind", "tokens");
        var listed = await RoyaltyAsync("societies", "unlicensed-tariffs", "stc-soc");

        Assert.True(output.Exit == 0, output.Error);
        Assert.Equal("society stc-soc prices unlicensed output at USD 0.500000 per 1,000 tokens\n", output.Output);
        Assert.Equal("society stc-soc prices unlicensed training at EUR 2.000000 per 1,000,000 tokens\n", training.Output);
        Assert.True(listed.Exit == 0, listed.Error);
        var lines = listed.Output.Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal("USE       UNIT KIND  PRICE                              SET", lines[0]);
        Assert.StartsWith("training  tokens     EUR 2.000000 per 1,000,000 tokens  20", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("output    tokens     USD 0.500000 per 1,000 tokens      20", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetUnlicensedTariff_MissingPriceOrLowercaseCurrency_SaysWhichOptionOrField()
    {
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "stc-bad", DisplayName = "Society", CommissionBps = 0 });

        var noPrice = await RoyaltyAsync("societies", "set-unlicensed-tariff", "stc-bad", "--use", "output", "--unit-kind", "tokens");
        var lowercase = await RoyaltyAsync("societies", "set-unlicensed-tariff", "stc-bad", "--use", "output",
            "--price-micros", "1", "--unit-kind", "tokens", "--currency", "eur");

        Assert.Equal(1, noPrice.Exit);
        Assert.Contains("error: --price-micros is required (see: royalty societies set-unlicensed-tariff --help)", noPrice.Error, StringComparison.Ordinal);
        Assert.Equal(1, lowercase.Exit);
        Assert.Contains("tariff.currency: tariff.currency 'eur' is not an ISO 4217 code of three capital letters", lowercase.Error, StringComparison.Ordinal);
    }
}
