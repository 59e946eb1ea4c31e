using Grpc.Core;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Grains.Projection;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests.Quarantine;

/// <summary>
/// Issue 11, third bug: while the projector cannot project (here a database that refuses to take rows off the pending
/// queue, so every round fails whatever its uses), statement reads that wait for projection failed for everyone with
/// "Exception was thrown by handler", and the lag gauge stayed at 0. Now a read waits at most its bound and answers with
/// what is projected and how many batches wait, and the gauge shows them.
/// </summary>
public abstract class ProjectionWaitTests(bool postgres) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-wait-").FullName;
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

    /// <summary>A server whose projector cannot commit any round, with one batch of one use waiting.</summary>
    private async Task<(LedgerServer Server, Slice Slice)> StuckAsync()
    {
        var server = await LedgerServer.StartAsync(new Dictionary<string, string>(_storage) { ["Statements:MaxProjectionWait"] = "00:00:02" });
        var s = await new Slice("wait").RegisterAsync(server.Admin);
        await PoisonSlice.ExecuteAsync(_storage, RefuseSql);
        var (_, acks) = await s.SendAsync(server.Ingest, "main", Slice.Batch(1, s.Event("e1")));
        Assert.Equal(1U, Assert.Single(acks).Accepted);
        return (server, s);
    }

    private static Task<CreatorStatement> StatementAsync(LedgerServer server, string creatorId) =>
        server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = creatorId, WaitForProjection = true },
            deadline: DateTime.UtcNow.AddSeconds(20)).ResponseAsync;

    /// <summary>
    /// Reads, each waiting its bound, until nothing is pending (at most 30 s): a read no longer drives the projector, and
    /// after the failed rounds the projector retries on its own backoff, which its keep-alive cuts to 5 s.
    /// </summary>
    private static async Task<CreatorStatement> CaughtUpAsync(LedgerServer server, string creatorId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var statement = await StatementAsync(server, creatorId);
            if (statement.PendingBatches == 0 || DateTime.UtcNow > deadline)
            {
                return statement;
            }
        }
    }

    [Fact]
    public async Task GetCreatorStatement_WaitingWhileEveryRoundFails_AnswersWithWhatIsProjectedAndThePendingBatch()
    {
        var (server, s) = await StuckAsync();
        await using (server)
        {
            var first = await StatementAsync(server, s.Composer);
            var second = await StatementAsync(server, s.Lyricist);

            Assert.Equal((1UL, 0), (first.PendingBatches, first.Totals.Count));
            Assert.Equal((1UL, 0), (second.PendingBatches, second.Totals.Count));

            await PoisonSlice.ExecuteAsync(_storage, AllowSql);
            var caughtUp = await CaughtUpAsync(server, s.Composer);
            Assert.Equal((0UL, 1_200_000_000L), (caughtUp.PendingBatches, Assert.Single(caughtUp.Totals).AmountNanos.N()));
        }
    }

    [Fact]
    public async Task ProjectionLagGauge_RoundsFailingWhileABatchWaits_ShowsThePendingBatch()
    {
        var (server, s) = await StuckAsync();
        await using (server)
        {
            var metrics = server.Services.GetRequiredService<ProjectionMetrics>();

            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (metrics.Lag != 1 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            Assert.Equal(1, metrics.Lag);

            await PoisonSlice.ExecuteAsync(_storage, AllowSql);
            Assert.Equal(0UL, (await CaughtUpAsync(server, s.Composer)).PendingBatches);
            // The gauge is the projector's: it measures after the round that emptied the queue, which a read no longer runs.
            deadline = DateTime.UtcNow.AddSeconds(15);
            while (metrics.Lag != 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            Assert.Equal(0, metrics.Lag);
        }
    }
}

public sealed class SqliteProjectionWaitTests() : ProjectionWaitTests(postgres: false);

public sealed class PostgresProjectionWaitTests() : ProjectionWaitTests(postgres: true);
