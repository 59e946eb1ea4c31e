using System.Net;
using Grpc.Core;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Grains.Projection;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests.Quarantine;

/// <summary>
/// The quarantine end to end on the real server: a use forced to fail (the Diagnostics:FailUsesOfWork test hook) is
/// set aside while the rest of its round posts; health turns Degraded naming it, the metric counts it, the list shows
/// it; after the fix (the server restarted without the hook) a retry posts it once and health is back to Healthy.
/// </summary>
public abstract class QuarantineTests(bool postgres) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-quarantine-").FullName;
    private Dictionary<string, string> _storage = null!;

    public async Task InitializeAsync() => _storage = await PoisonSlice.StorageAsync(postgres, _folder);

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        TempFolder.Delete(_folder);
        return Task.CompletedTask;
    }

    private Task<LedgerServer> StartAsync(params (string Key, string Value)[] extra) =>
        LedgerServer.StartAsync(_storage.Concat(extra.Select(e => KeyValuePair.Create(e.Key, e.Value))).ToDictionary(p => p.Key, p => p.Value));

    private string AdminKey => File.ReadAllText(Path.Combine(_folder, "admin.key")).Trim();

    private static async Task<string> HealthAsync(LedgerServer server)
    {
        using var http = new HttpClient { DefaultRequestVersion = HttpVersion.Version11 };
        return await http.GetStringAsync(new Uri(new Uri(server.Address), "/healthz"));
    }

    private static Task<CreatorStatement> StatementAsync(LedgerServer server, string creatorId) =>
        server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = creatorId, WaitForProjection = true }).ResponseAsync;

    [Fact]
    public async Task Projection_UseForcedToFail_IsQuarantinedWhileTheRestPostsAndRetryAfterTheFixPostsItOnce()
    {
        var s = new PoisonSlice(new Slice("qt"));
        await using (var server = await StartAsync((ProjectionFaults.FailUsesOfWorkKey, s.Poison)))
        {
            await s.RegisterAsync(server.Admin);
            var (_, acks) = await s.Slice.SendAsync(server.Ingest, "main", Slice.Batch(1, s.Good("e1"), s.Bad("e2"), s.Good("e3")));
            Assert.Equal(3U, Assert.Single(acks).Accepted);

            var composer = await StatementAsync(server, s.Slice.Composer);

            Assert.Equal((0UL, "EUR", 2 * PoisonSlice.ComposerNanos), (composer.PendingBatches, Assert.Single(composer.Totals).Currency, composer.Totals[0].AmountNanos.N()));
            Assert.Equal(2 * PoisonSlice.UseNanos, await server.BalanceAsync($"operator:{s.Slice.Operator}"));
            var list = await server.Admin.Ledger.ListQuarantinedUsesAsync(new ListQuarantinedUsesRequest());
            var use = Assert.Single(list.Uses);
            Assert.Equal((1L, 1, s.Slice.Operator, "e2", s.Poison, typeof(InjectedFaultException).FullName, 1, ""),
                (list.Total, use.EventIndex, use.OperatorId, use.EventId, use.WorkId, use.ErrorType, use.Attempts, list.NextPageToken));
            Assert.Contains(ProjectionFaults.FailUsesOfWorkKey, use.ErrorMessage, StringComparison.Ordinal);
            Assert.StartsWith($"Degraded: quarantine: 1 uses quarantined, oldest at log position (log_seq {use.LogSeq}, event 1) since ",
                await HealthAsync(server), StringComparison.Ordinal);
            // The gauge is the projector's: it measures after its round, which a statement read no longer runs.
            var metrics = server.Services.GetRequiredService<ProjectionMetrics>();
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (metrics.Quarantined != 1 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            Assert.Equal(1, metrics.Quarantined);
            var (exit, output, _) = await server.RoyaltyAsync(AdminKey, "ledger", "quarantine", "list");
            Assert.Equal(0, exit);
            Assert.Contains("InjectedFaultException", output, StringComparison.Ordinal);
            Assert.Contains("1 uses quarantined", output, StringComparison.Ordinal);
        }

        // The fix: the server comes back without the hook.
        await using (var server = await StartAsync())
        {
            var (exit, output, error) = await server.RoyaltyAsync(AdminKey, "ledger", "quarantine", "retry", "--all");
            Assert.True(exit == 0, error);
            Assert.Equal("retried 1 quarantined uses: 1 posted, 0 failed again; 0 quarantined now\n", output);

            var composer = await StatementAsync(server, s.Slice.Composer);
            Assert.Equal(3 * PoisonSlice.ComposerNanos, Assert.Single(composer.Totals).AmountNanos.N());
            Assert.Equal(3UL, composer.Lines.Aggregate(0UL, (n, l) => n + l.EventCount));
            Assert.Equal(3 * PoisonSlice.UseNanos, await server.BalanceAsync($"operator:{s.Slice.Operator}"));
            Assert.Empty((await server.Admin.Ledger.ListQuarantinedUsesAsync(new ListQuarantinedUsesRequest())).Uses);
            Assert.Equal("Healthy", await HealthAsync(server));
            Assert.True((await server.Admin.Ledger.VerifyJournalAsync(new VerifyJournalRequest())).Intact);
            var rebuilt = await server.Admin.Ledger.RebuildProjectionsAsync(new RebuildProjectionsRequest());
            Assert.Equal((0L, 0L), (rebuilt.BalanceRowsDiffered, rebuilt.WorkTotalsDiffered));

            (exit, output, _) = await server.RoyaltyAsync(AdminKey, "ledger", "quarantine", "retry", "--all");
            Assert.Equal((0, "retried 0 quarantined uses: 0 posted, 0 failed again; 0 quarantined now\n"), (exit, output));
            Assert.Equal(3 * PoisonSlice.UseNanos, await server.BalanceAsync($"operator:{s.Slice.Operator}"));
            Assert.Equal(0, server.Services.GetRequiredService<ProjectionMetrics>().Quarantined);
        }
    }

    [Fact]
    public async Task RetryQuarantinedUses_PositionNotQuarantined_IsNotFoundNamingIt()
    {
        await using var server = await StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => server.Admin.Ledger.RetryQuarantinedUsesAsync(
            new RetryQuarantinedUsesRequest { Use = new QuarantinePosition { LogSeq = 7, EventIndex = 3 } }).ResponseAsync);

        Assert.Equal((StatusCode.NotFound, "no use is quarantined at log position (log_seq 7, event 3)"), (error.StatusCode, error.Status.Detail));
    }

    [Fact]
    public async Task ListQuarantinedUses_PageSizeOverTheMaximum_IsRefusedNamingTheField()
    {
        await using var server = await StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.Admin.Ledger.ListQuarantinedUsesAsync(new ListQuarantinedUsesRequest { PageSize = 1_001 }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("page_size is 1,001, expected 1 to 1,000", error.Status.Detail, StringComparison.Ordinal);
    }
}

public sealed class SqliteQuarantineTests() : QuarantineTests(postgres: false);

public sealed class PostgresQuarantineTests() : QuarantineTests(postgres: true);
