using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Npgsql;
using RoyaltyLedger.Client;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests.Cluster;

/// <summary>
/// The cluster as it runs in production (docs/cluster.md): three server processes on loopback, one PostgreSQL database,
/// one Orleans cluster. Several operators stream usage through the client library, each starting on a different silo
/// and failing over to the next, as behind a load balancer; one silo is killed with SIGKILL while batches are in
/// flight and started again. Then, through the public API only: every event the writers saw acknowledged is counted
/// exactly once in the creators' statements, the journal verifies, and a payout cycle pays exactly what was priced.
/// </summary>
public sealed class MultiProcessClusterTests
{
    private const int Silos = 3;
    private const int Operators = 4;
    private const int BatchesPerStream = 15;
    private const int EventsPerBatch = 200;
    private const int EventsPerStream = BatchesPerStream * EventsPerBatch;
    private const long UnitsPerEvent = 1_000;

    /// <summary>The slices' licence prices 1,000,000 tokens at 2 EUR, so 1,000 tokens at 0.002 EUR: 2,000,000 nanos.</summary>
    private const long NanosPerEvent = 2_000_000;

    private const string ClusterId = "cluster-test";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    /// <summary>A silo joining a cluster busy with load on a shared 2-core machine can take over a minute.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task Cluster_ThreeSilosOneKilledMidLoadAndRestarted_EveryAckedEventCountedOnceJournalIntactPayoutReconciles()
    {
        var folder = Directory.CreateTempSubdirectory("royalty-cluster-").FullName;
        var connectionString = await PostgresServer.CreateDatabaseAsync("royalty_cluster");
        var silos = Enumerable.Range(0, Silos).Select(i => new ServerProcess(Directory.CreateDirectory(Path.Combine(folder, $"silo{i}")).FullName,
            new Dictionary<string, string>
            {
                ["Storage:Provider"] = "postgres",
                ["Storage:ConnectionString"] = connectionString,
                // One admin key for the cluster: the first silo writes it, the others find it there.
                ["Storage:DataDirectory"] = Path.Combine(folder, "data"),
                ["Silo:ClusterId"] = ClusterId,
            }, StartTimeout)).ToList();
        try
        {
            // The first silo creates the schema and the admin key; the others join it together.
            await silos[0].StartAsync();
            await Task.WhenAll(silos[1].StartAsync(), silos[2].StartAsync());
            var membership = await WaitForMembershipAsync(connectionString, active: Silos, dead: 0);
            Assert.True(membership.Active == Silos, $"after start: {membership}");

            var channels = silos.Select(s => GrpcChannel.ForAddress(s.Address)).ToList();
            var admin = new LedgerClients(channels[0], silos[0].AdminKey);
            var slices = await RegisterAsync(channels, silos[0].AdminKey);
            var writers = await Task.WhenAll(slices.Select((slice, k) => OpenWriterAsync(slice, channels, k % Silos, silos[0].AdminKey)));
            try
            {
                // A third of every stream first, so that every writer holds an open call to its silo.
                await Task.WhenAll(writers.Select((w, k) => SendAsync(w.Writer, slices[k], 0, BatchesPerStream / 3)));
                var sending = Task.WhenAll(writers.Select((w, k) => SendAsync(w.Writer, slices[k], BatchesPerStream / 3, BatchesPerStream)));

                // Kill silo 1 once the load is well under way again, with batches in flight on every silo.
                await WaitUntilAsync(() => writers.Sum(w => (long)w.Writer.Progress.LastAckedBatchSeq) >= Operators * (BatchesPerStream / 3 + 2) || sending.IsCompleted,
                    "load under way before the kill");
                Assert.False(sending.IsCompleted, "the load finished before the silo was killed: nothing was in flight");
                // A writer on silo 1 that still has batches to send or acks to receive must reconnect after the kill; one
                // that finished before it need not.
                var unfinishedAtKill = writers.Select(w => w.Writer.Progress.LastAckedBatchSeq < BatchesPerStream).ToList();
                await silos[1].KillAsync();
                await silos[1].StartAsync();
                await sending.WaitAsync(Bound);

                membership = await WaitForMembershipAsync(connectionString, active: Silos, dead: 1);
                Assert.True(membership is { Active: Silos, Dead: 1 }, $"after the kill and restart: {membership}");
                for (var k = 0; k < Operators; k++)
                {
                    var progress = writers[k].Writer.Progress;
                    Assert.True(progress is { Accepted: EventsPerStream, Rejected: 0 }, $"stream of {slices[k].Operator}: {progress}");
                }

                // The writers that were still at work on the killed silo reconnected (to the next silo in turn).
                Assert.All(writers.Where((_, k) => k % Silos == 1 && unfinishedAtKill[k]), w => Assert.True(w.Invoker.Calls > 1, $"calls made: {w.Invoker.Calls}"));
            }
            finally
            {
                foreach (var (writer, _) in writers)
                {
                    await writer.DisposeAsync();
                }
            }

            await AssertCountedOnceAsync(channels, silos[0].AdminKey, slices);
            var verified = await admin.Ledger.VerifyJournalAsync(new VerifyJournalRequest());
            Assert.True(verified.Intact, $"ledger verify: {verified.Problem}");
            await AssertPayoutReconcilesAsync(admin, slices);
        }
        finally
        {
            foreach (var silo in silos)
            {
                await silo.DisposeAsync();
            }

            if (Environment.GetEnvironmentVariable("ROYALTY_KEEP_CLUSTER_LOGS") is not { Length: > 0 })
            {
                TempFolder.Delete(folder);
            }
        }
    }

    /// <summary>One slice per operator, each registered through a different silo; one society holds every creator.</summary>
    private static async Task<List<Slice>> RegisterAsync(List<GrpcChannel> channels, string adminKey)
    {
        var slices = new List<Slice>();
        for (var k = 0; k < Operators; k++)
        {
            slices.Add(await new Slice($"clu{k}").RegisterAsync(new LedgerClients(channels[k % Silos], adminKey)));
        }

        var registry = new LedgerClients(channels[0], adminKey).Registry;
        await registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "clu-society", DisplayName = "Cluster Society", CommissionBps = 500 });
        foreach (var member in slices.SelectMany(s => new[] { s.Composer, s.Lyricist }))
        {
            await registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = "clu-society", MemberId = member });
        }

        return slices;
    }

    private static async Task<(UsageStreamWriter Writer, FailoverCallInvoker Invoker)> OpenWriterAsync(Slice slice, List<GrpcChannel> channels, int first, string adminKey)
    {
        var invoker = new FailoverCallInvoker(channels.Select(c => c.CreateCallInvoker()).ToList(), first);
        var writer = await UsageStreamWriter.OpenAsync(new UsageClientOptions
        {
            ApiKey = adminKey,
            OperatorId = slice.Operator,
            StreamName = "main",
            BatchSize = EventsPerBatch,
            MaxInFlightBatches = 1,
            // Until the killed silo's grains are placed again, calls may fail for a while: keep trying, briefly apart.
            Retry = new UsageRetryPolicy { MaxAttempts = 200, InitialBackoff = TimeSpan.FromMilliseconds(100), MaxBackoff = TimeSpan.FromSeconds(1) },
        }, invoker);
        return (writer, invoker);
    }

    private static async Task SendAsync(UsageStreamWriter writer, Slice slice, int fromBatch, int toBatch)
    {
        for (var b = fromBatch; b < toBatch; b++)
        {
            for (var e = 0; e < EventsPerBatch; e++)
            {
                await writer.WriteAsync(slice.Event($"{slice.Prefix}-b{b:D3}-e{e:D3}", UnitsPerEvent));
            }
        }

        await writer.FlushAsync();
    }

    /// <summary>Each creator's statement, once the projection caught up, counts each of their stream's events once.</summary>
    private static async Task AssertCountedOnceAsync(List<GrpcChannel> channels, string adminKey, List<Slice> slices)
    {
        for (var k = 0; k < slices.Count; k++)
        {
            var statements = new LedgerClients(channels[k % Silos], adminKey).Statements;
            foreach (var creator in new[] { slices[k].Composer, slices[k].Lyricist })
            {
                var statement = await ProjectedStatementAsync(statements, creator);
                var events = statement.Lines.Sum(l => (long)l.EventCount);
                var units = statement.Lines.Sum(l => l.Units.N());
                Assert.True(events == EventsPerStream && units == EventsPerStream * UnitsPerEvent,
                    $"{creator}: {events} events and {units} units counted, expected {EventsPerStream} and {EventsPerStream * UnitsPerEvent}");
            }
        }
    }

    private static async Task<CreatorStatement> ProjectedStatementAsync(Statements.StatementsClient statements, string creator)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (true)
        {
            // Wait for ready: a channel to the silo that was killed keeps its failed connection in back-off for a while
            // after the silo is back, and would fail the call at once with UNAVAILABLE.
            var statement = await statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = creator, WaitForProjection = true },
                new CallOptions(deadline: DateTime.UtcNow.AddSeconds(60)).WithWaitForReady());
            if (statement is { PendingBatches: 0, WorksPendingRerate: 0 })
            {
                return statement;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{creator}: still {statement.PendingBatches} batches pending after {Bound.TotalSeconds} s");
        }
    }

    /// <summary>The cycle pays out exactly what was priced, and its lines reconcile to the nano.</summary>
    private static async Task AssertPayoutReconcilesAsync(LedgerClients admin, List<Slice> slices)
    {
        var cycle = await new Payouts.PayoutsClient(admin.Invoker).CommitCycleAsync(new RunCycleRequest
        {
            CycleId = "clu-cycle",
            SocietyId = "clu-society",
            Currency = "EUR",
            Period = "2026-11",
            MinimumPayoutMinor = 1,
        });
        var summary = cycle.Summary;
        var expected = slices.Count * EventsPerStream * NanosPerEvent;
        Assert.Equal(expected, summary.PayableNanos.N());
        Assert.Equal(summary.PayableNanos.N(), summary.PaidNanos.N() + summary.CommissionNanos.N() + summary.CarriedNanos.N() + summary.HeldNanos.N());
        Assert.Equal(expected, cycle.Lines.Sum(l => l.GrossNanos.N()));
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"waited {Bound.TotalSeconds} s for {what}");
            await Task.Delay(10);
        }
    }

    private sealed record Membership(int Active, int Dead, string Rows)
    {
        public override string ToString() => $"{Active} active, {Dead} dead: {Rows}";
    }

    /// <summary>Orleans' membership rows of the cluster, polled until they show the expected counts or the bound passes.</summary>
    private static async Task<Membership> WaitForMembershipAsync(string connectionString, int active, int dead)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var deadline = DateTime.UtcNow + Bound;
        while (true)
        {
            await using var command = dataSource.CreateCommand(
                "SELECT address, port, status FROM orleansmembershiptable WHERE deploymentid = @cluster ORDER BY port, generation");
            command.Parameters.AddWithValue("cluster", ClusterId);
            var rows = new List<(string Address, int Port, int Status)>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    rows.Add((reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
                }
            }

            // Orleans' SiloStatus: 3 = Active, 6 = Dead.
            var membership = new Membership(rows.Count(r => r.Status == 3), rows.Count(r => r.Status == 6),
                string.Join(", ", rows.Select(r => $"{r.Address}:{r.Port}={r.Status}")));
            if ((membership.Active == active && membership.Dead == dead) || DateTime.UtcNow > deadline)
            {
                return membership;
            }

            await Task.Delay(200);
        }
    }
}
