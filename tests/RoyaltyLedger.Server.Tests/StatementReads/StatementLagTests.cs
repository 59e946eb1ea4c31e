using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Server.Tests.Quarantine;

namespace RoyaltyLedger.Server.Tests.StatementReads;

/// <summary>
/// Issue 12: a statement read never drives the projector. It answers at once from the projection, "as of log position N,
/// M batches pending", on gRPC, the CLI and the page; a read that asks to wait polls the store until the projection has
/// caught up with the log as it stood when the read began, or until its bound passes.
/// </summary>
public abstract class StatementLagTests(bool postgres) : IAsyncLifetime
{
    private const long UseNanos = 1_200_000_000;

    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-lag-").FullName;
    private Dictionary<string, string> _storage = null!;

    public async Task InitializeAsync() => _storage = await PoisonSlice.StorageAsync(postgres, _folder);

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        TempFolder.Delete(_folder);
        return Task.CompletedTask;
    }

    private string RefuseSql => postgres
        ? "CREATE FUNCTION test_refuse_projection() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'test: the pending queue refuses deletes'; END $$; " +
          "CREATE TRIGGER test_refuse_projection BEFORE DELETE ON usage_log_pending FOR EACH ROW EXECUTE FUNCTION test_refuse_projection()"
        : "CREATE TRIGGER test_refuse_projection BEFORE DELETE ON usage_log_pending BEGIN SELECT RAISE(ABORT, 'test: the pending queue refuses deletes'); END";

    private string AllowSql => postgres ? "DROP TRIGGER test_refuse_projection ON usage_log_pending" : "DROP TRIGGER test_refuse_projection";

    private Task<LedgerServer> StartAsync(params (string Key, string Value)[] extra) =>
        LedgerServer.StartAsync(_storage.Concat(extra.Select(e => KeyValuePair.Create(e.Key, e.Value))).ToDictionary(p => p.Key, p => p.Value));

    private Task<long> LatestLogPositionAsync() => PoisonSlice.CountAsync(_storage, "SELECT MAX(log_seq) FROM usage_log");

    private static Task<CreatorStatement> ReadAsync(LedgerServer server, string creatorId, bool wait = false, uint maxWaitMs = 0) =>
        server.Statements.GetCreatorStatementAsync(
            new GetCreatorStatementRequest { CreatorId = creatorId, WaitForProjection = wait, MaxProjectionWaitMs = maxWaitMs },
            deadline: DateTime.UtcNow.AddSeconds(60)).ResponseAsync;

    /// <summary>
    /// A server whose first batch is projected and whose second waits behind a projector that cannot commit (the
    /// pending queue refuses deletes); returns the log positions of both batches.
    /// </summary>
    private async Task<(long First, long Second)> HeldAsync(LedgerServer server, Slice s)
    {
        await s.RegisterAsync(server.Admin);
        await s.SendAsync(server.Ingest, "main", Slice.Batch(1, s.Event("e1")));
        var first = await ReadAsync(server, s.Composer, wait: true);
        var firstPosition = await LatestLogPositionAsync();
        Assert.Equal((0UL, (ulong)firstPosition, UseNanos), (first.PendingBatches, first.AsOfLogPosition, Assert.Single(first.Totals).AmountNanos.N()));

        await PoisonSlice.ExecuteAsync(_storage, RefuseSql);
        var (_, acks) = await s.SendAsync(server.Ingest, "main", Slice.Batch(2, s.Event("e2")));
        Assert.Equal(1U, Assert.Single(acks).Accepted);
        return (firstPosition, await LatestLogPositionAsync());
    }

    [Fact]
    public async Task GetCreatorStatement_ProjectorHeld_AnswersAtOnceWithTheLagOnEverySurface()
    {
        await using var server = await StartAsync(("Statements:MaxProjectionWait", "00:00:20"));
        var s = new Slice("lag-held");
        var (first, second) = await HeldAsync(server, s);

        var clock = Stopwatch.StartNew();
        var statement = await ReadAsync(server, s.Composer);
        var took = clock.Elapsed;
        var printed = await server.RoyaltyAsync(server.Admin.ApiKey, "statement", "--creator", s.Composer);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{server.Address}/statements/{s.Composer}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.Admin.ApiKey);
        request.Headers.Accept.ParseAdd("text/html");
        var page = await (await http.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.True(second > first, $"the second batch is at log position {second}, the first at {first}");
        // Far below the 20 s a waiting read would take: this read did not wait.
        Assert.True(took < TimeSpan.FromSeconds(5), $"a read that does not wait took {took}");
        Assert.Equal((1UL, (ulong)first, UseNanos), (statement.PendingBatches, statement.AsOfLogPosition, Assert.Single(statement.Totals).AmountNanos.N()));
        Assert.Equal(0, printed.Exit);
        Assert.Equal($"As of log position {first:N0}, 1 batches pending", printed.Output.Split('\n')[1]);
        Assert.Contains($"<span id=\"as-of-position\">{first.ToString("N0", CultureInfo.InvariantCulture)}</span>, <span id=\"pending-batches\">1</span> batches pending",
            page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCreatorStatement_WaitWhileProjectorHeld_ReturnsAtItsBoundWithTheLag()
    {
        await using var server = await StartAsync(("Statements:MaxProjectionWait", "00:00:20"));
        var s = new Slice("lag-bound");
        var (first, _) = await HeldAsync(server, s);

        var clock = Stopwatch.StartNew();
        var asked = await ReadAsync(server, s.Composer, maxWaitMs: 1_000);
        var askedTook = clock.Elapsed;
        clock.Restart();
        var printed = await server.RoyaltyAsync(server.Admin.ApiKey, "statement", "--creator", s.Composer, "--wait", "500ms");
        var printedTook = clock.Elapsed;

        Assert.True(askedTook >= TimeSpan.FromSeconds(1) && askedTook < TimeSpan.FromSeconds(10), $"a read bounded at 1 s took {askedTook}");
        Assert.Equal((1UL, (ulong)first, UseNanos), (asked.PendingBatches, asked.AsOfLogPosition, Assert.Single(asked.Totals).AmountNanos.N()));
        Assert.True(printedTook >= TimeSpan.FromMilliseconds(500) && printedTook < TimeSpan.FromSeconds(10), $"--wait 500ms took {printedTook}");
        Assert.Equal((0, $"As of log position {first:N0}, 1 batches pending"), (printed.Exit, printed.Output.Split('\n')[1]));
    }

    [Fact]
    public async Task GetCreatorStatement_WaitAfterTheProjectorIsFreed_ReturnsTheCaughtUpFigures()
    {
        await using var server = await StartAsync(("Statements:MaxProjectionWait", "00:00:20"));
        var s = new Slice("lag-freed");
        var (_, second) = await HeldAsync(server, s);

        await PoisonSlice.ExecuteAsync(_storage, AllowSql);
        // Within 20 s: the projector retries failed rounds on its own backoff, which its keep-alive cuts to 5 s.
        var statement = await ReadAsync(server, s.Composer, wait: true);
        var printed = await server.RoyaltyAsync(server.Admin.ApiKey, "statement", "--creator", s.Composer, "--wait");

        Assert.Equal((0UL, (ulong)second, 2 * UseNanos), (statement.PendingBatches, statement.AsOfLogPosition, Assert.Single(statement.Totals).AmountNanos.N()));
        Assert.Equal((0, $"As of log position {second:N0}, 0 batches pending"), (printed.Exit, printed.Output.Split('\n')[1]));
    }

    [Fact]
    public async Task GetCreatorStatement_ProjectionDisabled_ReadsAndWaitsNeitherActivateNorRunTheProjector()
    {
        await using var server = await StartAsync(("Projection:Enabled", "false"));
        var s = await new Slice("lag-off").RegisterAsync(server.Admin);
        await s.SendAsync(server.Ingest, "main", Slice.Batch(1, s.Event("e1")));

        var now = await ReadAsync(server, s.Composer);
        var waited = await ReadAsync(server, s.Composer, maxWaitMs: 300);
        var flagged = await ReadAsync(server, s.Composer, wait: true, maxWaitMs: 300);
        var pending = await PoisonSlice.CountAsync(_storage, "SELECT COUNT(*) FROM usage_log_pending");
        var statistics = await server.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();

        Assert.All(new[] { now, waited, flagged }, st => Assert.Equal((1UL, 0UL, 0, 0), (st.PendingBatches, st.AsOfLogPosition, st.Lines.Count, st.Totals.Count)));
        Assert.Equal(1, pending);
        Assert.DoesNotContain(statistics, g => g.GrainType.Contains("UsageProjectorGrain", StringComparison.Ordinal));
    }
}

public sealed class SqliteStatementLagTests() : StatementLagTests(postgres: false);

public sealed class PostgresStatementLagTests() : StatementLagTests(postgres: true);
