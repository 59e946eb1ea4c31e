using Google.Rpc;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>GetCreatorStatement by month of use: a line per month, totals over the months asked for. Run once per store.</summary>
public abstract class StatementPeriodTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    [Fact]
    public async Task GetCreatorStatement_UsesInTwoMonths_OneLinePerMonthAndTotalsOverTheMonthsAsked()
    {
        var s = (await MonthsOfUse.SendAsync(Server, "periods")).Slice;

        var all = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        var november = await Server.Statements.GetCreatorStatementAsync(
            new GetCreatorStatementRequest { CreatorId = s.Composer, PeriodFrom = "2026-11", PeriodTo = "2026-11" });
        var untilOctober = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, PeriodTo = "2026-10" });
        var fromDecember = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, PeriodFrom = "2026-12" });

        Assert.Equal(
            [("2026-10", "periods-model", UseKind.Training, "licensed", 1_200_000_000L),
             ("2026-11", "periods-model", UseKind.Training, "licensed", 3_000_000_000L),
             ("2026-11", "periods-model", UseKind.Output, "refused", 0L),
             ("2026-11", "periods-model-b", UseKind.Training, "licensed", 900_000_000L)],
            all.Lines.Select(l => (l.Period, l.ModelId, l.Use, l.LicenceStatus, l.AmountNanos.N())));
        Assert.Equal([("EUR", 5_100_000_000L)], all.Totals.Select(t => (t.Currency, t.AmountNanos.N())));
        Assert.Equal(("", ""), (all.PeriodFrom, all.PeriodTo));
        Assert.Equal(["2026-11", "2026-11", "2026-11"], november.Lines.Select(l => l.Period));
        Assert.Equal([("EUR", MonthsOfUse.NovemberNanos)], november.Totals.Select(t => (t.Currency, t.AmountNanos.N())));
        Assert.Equal(("2026-11", "2026-11"), (november.PeriodFrom, november.PeriodTo));
        Assert.Equal([("EUR", MonthsOfUse.OctoberNanos)], untilOctober.Totals.Select(t => (t.Currency, t.AmountNanos.N())));
        Assert.Equal((0, 0), (fromDecember.Lines.Count, fromDecember.Totals.Count));
    }

    [Theory]
    [InlineData("2026-13", "", "period_from", "period_from '2026-13' is not a month yyyy-MM")]
    [InlineData("", "2026-1", "period_to", "period_to '2026-1' is not a month yyyy-MM")]
    [InlineData("2026-12", "2026-11", "period_from", "period_from '2026-12' is after period_to '2026-11'")]
    public async Task GetCreatorStatement_BadMonths_InvalidArgumentNamingFieldAndValue(string from, string to, string field, string description)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Server.Statements.GetCreatorStatementAsync(
            new GetCreatorStatementRequest { CreatorId = "anyone", PeriodFrom = from, PeriodTo = to }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal((field, description), (violation.Field, violation.Description));
    }
}

public sealed class SqliteStatementPeriodTests(SqliteServerFixture fixture) : StatementPeriodTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresStatementPeriodTests(PostgresServerFixture fixture) : StatementPeriodTests(fixture), IClassFixture<PostgresServerFixture>;
