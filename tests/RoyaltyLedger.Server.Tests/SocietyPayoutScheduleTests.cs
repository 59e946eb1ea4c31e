using System.Net.Http.Headers;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// A society's payout schedule: set at registration or replaced later, kept across a restart in the registry store, and
/// shown to its members as "Next payout" on the gRPC statement and the statement page, which leads with what is owed now.
/// </summary>
public abstract class SocietyPayoutScheduleTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    private static PayoutSchedule Monthly45 => new() { Frequency = "monthly", DaysAfterPeriodEnd = 45, MinimumPayoutMinor = 1_000 };

    [Fact]
    public async Task RegisterSociety_WithScheduleThenSetAnotherAndRestart_MembersStatementShowsTheNextPayout()
    {
        var s = await new Slice("sched-next").RegisterAsync(Server.Admin);
        var registered = await Server.Registry.RegisterSocietyAsync(
            new RegisterSocietyRequest { SocietyId = "sched-next-soc", DisplayName = "Schedule Society", CommissionBps = 500, PayoutSchedule = Monthly45 });
        await Server.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = "sched-next-soc", MemberId = s.Composer });
        var quarterly = new PayoutSchedule { Frequency = "quarterly", DaysAfterPeriodEnd = 30, MinimumPayoutMinor = 2_500 };
        var set = await Server.Registry.SetSocietyPayoutScheduleAsync(new SetSocietyPayoutScheduleRequest { SocietyId = "sched-next-soc", PayoutSchedule = quarterly });
        var again = await Server.Registry.SetSocietyPayoutScheduleAsync(new SetSocietyPayoutScheduleRequest { SocietyId = "sched-next-soc", PayoutSchedule = quarterly });
        await fixture.RestartAsync();

        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer });
        var listed = await Server.Registry.ListSocietiesAsync(new ListSocietiesRequest());

        Assert.Equal(Monthly45, registered.PayoutSchedule);
        Assert.Equal(quarterly, set.PayoutSchedule);
        Assert.Equal(set, again);
        Assert.Equal(quarterly, listed.Societies.Single(x => x.SocietyId == "sched-next-soc").PayoutSchedule);
        var expected = new Domain.Registry.PayoutSchedule("quarterly", 30, 2_500).Next(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
        var next = Assert.Single(statement.NextPayouts);
        Assert.Equal(
            new NextPayout
            {
                SocietyId = "sched-next-soc", SocietyName = "Schedule Society", Frequency = "quarterly", PeriodFrom = expected.FirstMonth,
                PeriodTo = expected.LastMonth, ExpectedOn = expected.ExpectedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                MinimumPayoutMinor = 2_500,
            },
            next);
    }

    [Fact]
    public async Task RegisterSociety_WithoutSchedule_NoScheduleAndNoNextPayout()
    {
        var s = await new Slice("sched-none").RegisterAsync(Server.Admin);
        var society = await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "sched-none-soc", DisplayName = "Plain", CommissionBps = 0 });
        await Server.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = "sched-none-soc", MemberId = s.Composer });

        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer });
        var repeat = await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "sched-none-soc", DisplayName = "Plain", CommissionBps = 0 });
        var conflict = await Assert.ThrowsAsync<RpcException>(() => Server.Registry.RegisterSocietyAsync(
            new RegisterSocietyRequest { SocietyId = "sched-none-soc", DisplayName = "Plain", CommissionBps = 0, PayoutSchedule = Monthly45 }).ResponseAsync);

        Assert.Null(society.PayoutSchedule);
        Assert.Empty(statement.NextPayouts);
        Assert.Equal(society, repeat);
        Assert.Equal(StatusCode.AlreadyExists, conflict.StatusCode);
    }

    [Theory]
    [InlineData("weekly", 0u, 0L, "payout_schedule.frequency", "payout_schedule.frequency 'weekly' is not one of monthly, quarterly")]
    [InlineData("", 0u, 0L, "payout_schedule.frequency", "payout_schedule.frequency '' is not one of monthly, quarterly")]
    [InlineData("monthly", 367u, 0L, "payout_schedule.days_after_period_end", "payout_schedule.days_after_period_end is 367, expected 0 to 366")]
    [InlineData("monthly", uint.MaxValue, 0L, "payout_schedule.days_after_period_end", "payout_schedule.days_after_period_end is 2,147,483,647, expected 0 to 366")]
    [InlineData("monthly", 0u, -1L, "payout_schedule.minimum_payout_minor", "payout_schedule.minimum_payout_minor is -1, expected 0 to 1,000,000,000,000")]
    [InlineData("monthly", 0u, 1_000_000_000_001L, "payout_schedule.minimum_payout_minor", "payout_schedule.minimum_payout_minor is 1,000,000,000,001, expected 0 to 1,000,000,000,000")]
    public async Task SetSocietyPayoutSchedule_FieldOutOfRange_RefusedNamingFieldAndValue(string frequency, uint days, long minimum, string field, string description)
    {
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "sched-bad-soc", DisplayName = "Bad", CommissionBps = 0 });
        var schedule = new PayoutSchedule { Frequency = frequency, DaysAfterPeriodEnd = days, MinimumPayoutMinor = minimum };

        var set = await InvalidArgument.SingleViolationAsync(() =>
            Server.Registry.SetSocietyPayoutScheduleAsync(new SetSocietyPayoutScheduleRequest { SocietyId = "sched-bad-soc", PayoutSchedule = schedule }).ResponseAsync);
        var register = await InvalidArgument.SingleViolationAsync(() => Server.Registry.RegisterSocietyAsync(
            new RegisterSocietyRequest { SocietyId = "sched-bad-new", DisplayName = "Bad", CommissionBps = 0, PayoutSchedule = schedule }).ResponseAsync);

        Assert.Equal((field, description), set);
        Assert.Equal((field, description), register);
        Assert.DoesNotContain((await Server.Registry.ListSocietiesAsync(new ListSocietiesRequest())).Societies, x => x.SocietyId == "sched-bad-new");
    }

    [Fact]
    public async Task SetSocietyPayoutSchedule_MissingUnknownOrAnotherSocietys_Refused()
    {
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "sched-own-a", DisplayName = "A", CommissionBps = 0 });
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "sched-own-b", DisplayName = "B", CommissionBps = 0 });
        var societyA = await Server.ClientsForAsync(Role.Society, "sched-own-a");

        var missing = await InvalidArgument.SingleViolationAsync(() =>
            Server.Registry.SetSocietyPayoutScheduleAsync(new SetSocietyPayoutScheduleRequest { SocietyId = "sched-own-a" }).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => Server.Registry.SetSocietyPayoutScheduleAsync(
            new SetSocietyPayoutScheduleRequest { SocietyId = "sched-nobody", PayoutSchedule = Monthly45 }).ResponseAsync);
        var foreign = await Assert.ThrowsAsync<RpcException>(() => societyA.Registry.SetSocietyPayoutScheduleAsync(
            new SetSocietyPayoutScheduleRequest { SocietyId = "sched-own-b", PayoutSchedule = Monthly45 }).ResponseAsync);
        var own = await societyA.Registry.SetSocietyPayoutScheduleAsync(new SetSocietyPayoutScheduleRequest { SocietyId = "sched-own-a", PayoutSchedule = Monthly45 });

        Assert.Equal(("payout_schedule", "payout_schedule is required: frequency, days_after_period_end and minimum_payout_minor"), missing);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("society sched-nobody is not registered", unknown.Status.Detail);
        Assert.Equal(StatusCode.PermissionDenied, foreign.StatusCode);
        Assert.Equal(Monthly45, own.PayoutSchedule);
        var b = (await Server.Registry.ListSocietiesAsync(new ListSocietiesRequest())).Societies.Single(x => x.SocietyId == "sched-own-b");
        Assert.Null(b.PayoutSchedule);
    }

    [Fact]
    public async Task PreviewCycle_NoMinimumGiven_AppliesTheSchedulesMinimumAndWithoutScheduleIsRefusedNamingTheField()
    {
        var months = await MonthsOfUse.SendAsync(Server, "sched-min");
        var s = months.Slice;
        await Server.Registry.RegisterSocietyAsync(
            new RegisterSocietyRequest { SocietyId = "sched-min-soc", DisplayName = "Minimum Society", CommissionBps = 0, PayoutSchedule = Monthly45 });
        await Server.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = "sched-min-soc", MemberId = s.Composer });
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "sched-min-plain", DisplayName = "No Schedule", CommissionBps = 0 });
        await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        var payouts = new Payouts.PayoutsClient(Server.Admin.Invoker);
        RunCycleRequest Cycle(string society) => new() { CycleId = $"{society}-2026q4", SocietyId = society, Currency = "EUR", Period = "2026-10..2026-11" };

        var scheduled = await payouts.PreviewCycleAsync(Cycle("sched-min-soc"));
        var explicitOne = Cycle("sched-min-soc");
        explicitOne.MinimumPayoutMinor = 0;
        var overridden = await payouts.PreviewCycleAsync(explicitOne);
        var refused = await Assert.ThrowsAsync<RpcException>(() => payouts.PreviewCycleAsync(Cycle("sched-min-plain")).ResponseAsync);

        // 5.10 EUR owed is under the schedule's 10.00 EUR, so it is held; a cycle naming its own minimum (0) pays it.
        Assert.Equal(1_000, scheduled.MinimumPayoutMinor);
        var held = Assert.Single(scheduled.Lines);
        Assert.True(held.Held, "the composer's 5.10 EUR is under the schedule's 10.00 EUR minimum");
        Assert.Equal(0, overridden.MinimumPayoutMinor);
        Assert.False(Assert.Single(overridden.Lines).Held);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("minimum_payout_minor is not given and society sched-min-plain has no payout schedule", refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatementPage_MemberOfScheduledSociety_LeadsWithOwedNowInCentsThenNextPayout()
    {
        var months = await MonthsOfUse.SendAsync(Server, "sched-page");
        var s = months.Slice;
        await Server.Registry.RegisterSocietyAsync(
            new RegisterSocietyRequest { SocietyId = "sched-page-soc", DisplayName = "Page Society", CommissionBps = 0, PayoutSchedule = Monthly45 });
        await Server.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = "sched-page-soc", MemberId = s.Composer });
        var grpc = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        var owed = Assert.Single(grpc.Accounts).OwedNanos;
        var next = Assert.Single(grpc.NextPayouts);

        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Server.Address}/statements/{s.Composer}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Server.Admin.ApiKey);
        var page = await (await http.SendAsync(request)).Content.ReadAsStringAsync();

        var owedAt = page.IndexOf("<h2>Owed to you now</h2>", StringComparison.Ordinal);
        var nextAt = page.IndexOf("<h2>Next payout</h2>", StringComparison.Ordinal);
        var earnedAt = page.IndexOf("<h2>Earned for uses in all months</h2>", StringComparison.Ordinal);
        Assert.True(owedAt > 0 && owedAt < nextAt && nextAt < earnedAt, $"owed now at {owedAt}, next payout at {nextAt}, earned at {earnedAt}");
        var owedNanos = Int128.Parse(owed, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(
            $"<p class=\"amount\" data-owed-currency=\"EUR\" data-nanos=\"{owed}\" title=\"{Domain.Money.MinorFormat.Exact("EUR", owedNanos)}\">{Domain.Money.MinorFormat.WithCurrency("EUR", owedNanos)}</p>",
            page, StringComparison.Ordinal);
        Assert.Contains($"<div class=\"payout\" data-society-id=\"sched-page-soc\" data-expected-on=\"{next.ExpectedOn}\">", page, StringComparison.Ordinal);
        Assert.Contains("Page Society pays uses of ", page, StringComparison.Ordinal);
        Assert.Contains("(monthly, minimum EUR 10.00).", page, StringComparison.Ordinal);
        // The statement's sum is shown in cents, and exact in its title and data-nanos.
        var total = (MonthsOfUse.OctoberNanos + MonthsOfUse.NovemberNanos).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"data-total-currency=\"EUR\" data-nanos=\"{total}\" title=\"EUR 5.100000000\">EUR 5.10</div>", page, StringComparison.Ordinal);
    }
}

public sealed class SqliteSocietyPayoutScheduleTests(SqliteServerFixture fixture) : SocietyPayoutScheduleTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresSocietyPayoutScheduleTests(PostgresServerFixture fixture) : SocietyPayoutScheduleTests(fixture), IClassFixture<PostgresServerFixture>;
