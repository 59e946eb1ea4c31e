using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Grpc;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests.StatementReads;

/// <summary>
/// The statement read's limits at their edges (a wait of 0, 1, 20,000 and 20,001 ms; --wait 0, 20s, 21s and garbage), and
/// its figures against what the creator grain's statement says for the same creator.
/// </summary>
public sealed class StatementWaitLimitTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private LedgerServer Server => fixture.Server;

    /// <summary>Three accepted --wait durations, then five refused.</summary>
    private static readonly string[] Waits = ["20s", "20000ms", "20", "0", "21s", "20001ms", "soon", "-1s"];

    private Task<CreatorStatement> ReadAsync(string creatorId, uint maxWaitMs) =>
        Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = creatorId, MaxProjectionWaitMs = maxWaitMs }).ResponseAsync;

    [Fact]
    public async Task GetCreatorStatement_MaxProjectionWaitMs_ZeroOneAndTwentyThousandReadAndMoreIsRefusedNamingIt()
    {
        var s = await new Slice("wait-edge").RegisterAsync(Server.Admin);

        var read = new[] { await ReadAsync(s.Composer, 0), await ReadAsync(s.Composer, 1), await ReadAsync(s.Composer, 20_000) };
        var refused = await InvalidArgument.SingleViolationAsync(() => ReadAsync(s.Composer, 20_001));

        Assert.All(read, st => Assert.Equal(("Composer Person", 0UL), (st.DisplayName, st.PendingBatches)));
        Assert.Equal(("max_projection_wait_ms", "max_projection_wait_ms is 20,001, expected 0 to 20,000 (a statement read waits at most 20 s)"), refused);
    }

    [Fact]
    public async Task StatementCli_WaitDurations_TwentySecondsAndBareReadButZeroMoreOrGarbageAreUsageErrors()
    {
        var s = await new Slice("wait-cli").RegisterAsync(Server.Admin);

        var runs = new List<(int Exit, string Output, string Error)>();
        foreach (var wait in Waits)
        {
            runs.Add(await Server.RoyaltyAsync(Server.Admin.ApiKey, "statement", "--creator", s.Composer, "--wait", wait));
        }

        var bare = await Server.RoyaltyAsync(Server.Admin.ApiKey, "statement", "--creator", s.Composer, "--wait");

        Assert.All(runs.Take(3).Append(bare), r => Assert.Equal((0, "As of log position"), (r.Exit, r.Output.Split('\n')[1][..18])));
        Assert.All(runs.Skip(3).Zip(Waits.Skip(3)), r =>
        {
            Assert.NotEqual(0, r.First.Exit);
            Assert.Contains($"--wait '{r.Second}' is not a duration from 1ms to 20s", r.First.Error, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task GetCreatorStatement_MonthsOfUse_SameLinesTotalsAndNameAsTheCreatorGrain()
    {
        var months = await MonthsOfUse.SendAsync(Server, "wait-grain");
        var composer = months.Slice.Composer;

        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = composer, WaitForProjection = true });
        var november = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = composer, PeriodFrom = "2026-11", PeriodTo = "2026-11" });
        var grains = (IGrainFactory)Server.Services.GetService(typeof(IGrainFactory))!;
        var fromGrain = (await grains.GetGrain<ICreatorGrain>(composer).GetStatementFor("", "")).ToWire();
        var novemberFromGrain = (await grains.GetGrain<ICreatorGrain>(composer).GetStatementFor("2026-11", "2026-11")).ToWire();

        Assert.Equal(4, statement.Lines.Count);
        Assert.Equal((fromGrain.DisplayName, fromGrain.Lines, fromGrain.Totals, fromGrain.UnlicensedEventCount),
            (statement.DisplayName, statement.Lines, statement.Totals, statement.UnlicensedEventCount));
        Assert.Equal((novemberFromGrain.Lines, novemberFromGrain.Totals), (november.Lines, november.Totals));
    }
}
