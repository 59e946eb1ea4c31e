using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>`royalty societies add --payout-…` and `royalty societies set-payout-schedule` against the real server.</summary>
public sealed class SocietyScheduleCliTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private LedgerServer Server => fixture.Server;

    private Task<(int Exit, string Output, string Error)> RoyaltyAsync(params string[] args) => Server.RoyaltyAsync(Server.Admin.ApiKey, args);

    [Fact]
    public async Task SocietiesAddThenSetPayoutSchedule_ValidSchedules_StoredAndPrinted()
    {
        var add = await RoyaltyAsync("societies", "add", "--id", "ssc-soc", "--name", "CLI Society", "--commission-bps", "800",
            "--payout-frequency", "monthly", "--payout-days-after-period-end", "45", "--payout-minimum-minor", "1000");
        var set = await RoyaltyAsync("societies", "set-payout-schedule", "--id", "ssc-soc", "--frequency", "quarterly",
            "--days-after-period-end", "30", "--minimum-minor", "2500");
        var json = await RoyaltyAsync("societies", "set-payout-schedule", "--id", "ssc-soc", "--frequency", "quarterly",
            "--days-after-period-end", "30", "--minimum-minor", "2500", "--json");

        Assert.True(add.Exit == 0, add.Error);
        Assert.True(set.Exit == 0, set.Error);
        Assert.Equal("society ssc-soc pays quarterly, 30 days after each period's end, at least 2,500 minor units\n", set.Output);
        Assert.Contains("\"frequency\": \"quarterly\"", json.Output, StringComparison.Ordinal);
        var listed = (await Server.Registry.ListSocietiesAsync(new ListSocietiesRequest())).Societies.Single(s => s.SocietyId == "ssc-soc");
        Assert.Equal(new PayoutSchedule { Frequency = "quarterly", DaysAfterPeriodEnd = 30, MinimumPayoutMinor = 2_500 }, listed.PayoutSchedule);
    }

    [Theory]
    [InlineData("--frequency", "weekly", "weekly")]
    [InlineData("--days-after-period-end", "400", "payout_schedule.days_after_period_end is 400, expected 0 to 366")]
    [InlineData("--minimum-minor", "-5", "payout_schedule.minimum_payout_minor is -5, expected 0 to 1,000,000,000,000")]
    public async Task SetPayoutSchedule_BadValue_ExitsNonZeroNamingIt(string option, string value, string expected)
    {
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "ssc-bad", DisplayName = "Bad", CommissionBps = 0 });
        string[] args = ["societies", "set-payout-schedule", "--id", "ssc-bad", "--frequency", "monthly", "--days-after-period-end", "10", "--minimum-minor", "100"];
        var at = Array.IndexOf(args, option);
        args[at + 1] = value;

        var result = await RoyaltyAsync(args);

        Assert.NotEqual(0, result.Exit);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Null((await Server.Registry.ListSocietiesAsync(new ListSocietiesRequest())).Societies.Single(s => s.SocietyId == "ssc-bad").PayoutSchedule);
    }
}
