using RoyaltyLedger.Storage.Database;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Data.Sqlite;
using Npgsql;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Storage.Postgres;
using RoyaltyLedger.Storage.Sqlite;
using RoyaltyLedger.Storage.UsageLog;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// Exactly once through crashes: a client streams batches (each resent 1 to 3 times) while the server process is
/// killed with SIGKILL at random moments and restarted on the same storage; the client reconnects and resumes from
/// the ledger's position. Afterwards the set of event ids the client saw acknowledged equals the set the database
/// holds, each once.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const int Batches = 40;
    private const int EventsPerBatch = 250;
    private const int Kills = 3;

    [Fact]
    public async Task Sqlite_KilledThreeTimesMidStream_AcknowledgedEqualsStoredEachOnce()
    {
        var folder = Directory.CreateTempSubdirectory("royalty-crash-").FullName;
        try
        {
            var settings = new Dictionary<string, string> { ["Storage:Provider"] = "sqlite", ["Storage:DataDirectory"] = Path.Combine(folder, "data") };
            var acked = await StreamThroughCrashesAsync(folder, settings, seed: 11);

            SqliteConnection.ClearAllPools();
            using var store = new SqliteLedgerDatabase(Path.Combine(folder, "data", "ledger.db"));
            await AssertStoredEqualsAckedAsync(store, acked);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TempFolder.Delete(folder);
        }
    }

    [Fact]
    public async Task Postgres_KilledThreeTimesMidStream_AcknowledgedEqualsStoredEachOnce()
    {
        var folder = Directory.CreateTempSubdirectory("royalty-crash-pg-").FullName;
        try
        {
            var connectionString = await PostgresServer.CreateDatabaseAsync("royalty_crash");
            var settings = new Dictionary<string, string>
            {
                ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = connectionString, ["Storage:DataDirectory"] = Path.Combine(folder, "data"),
            };
            var acked = await StreamThroughCrashesAsync(folder, settings, seed: 23);

            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            await AssertStoredEqualsAckedAsync(new PostgresLedgerDatabase(dataSource), acked);
        }
        finally
        {
            TempFolder.Delete(folder);
        }
    }

    private static async Task<HashSet<string>> StreamThroughCrashesAsync(string folder, Dictionary<string, string> settings, int seed)
    {
        await using var server = new ServerProcess(folder, settings);
        await server.StartAsync();
        var slice = new Slice($"crash{seed}");
        using (var channel = GrpcChannel.ForAddress(server.Address))
        {
            await slice.RegisterAsync(new LedgerClients(channel, server.AdminKey));
        }

        var random = new Random(seed);
        var acked = new HashSet<string>(StringComparer.Ordinal);
        var client = new ResumingClient(server, slice, random);
        var sending = client.SendAllAsync(Batches, EventsPerBatch, acked);
        for (var kill = 1; kill <= Kills; kill++)
        {
            // Let some batches through, then kill at a random moment in the next batches' flight, then bring the server back.
            var threshold = kill * Batches / (Kills + 1);
            while (client.AckedBatches < threshold && !sending.IsCompleted)
            {
                await Task.Delay(1);
            }

            await Task.Delay(random.Next(0, 25));
            await server.KillAsync();
            await Task.Delay(random.Next(50, 300));
            await server.StartAsync();
        }

        await sending;
        Assert.True(client.Reconnects >= Kills, $"the client reconnected {client.Reconnects} times for {Kills} kills, so a kill missed the stream");
        await server.StopAsync();
        return acked;
    }

    private static async Task AssertStoredEqualsAckedAsync(LedgerDatabase store, HashSet<string> acked)
    {
        await using var log = new UsageLogWriter(new SqlUsageLogStore(store), new UsageLogOptions());
        var stored = new List<string>();
        foreach (var op in new[] { "crash11-op", "crash23-op" })
        {
            await foreach (var batch in log.ReadBatchesAsync(op, CancellationToken.None))
            {
                var events = UsageBatch.Parser.ParseFrom(batch.Payload).Events;
                stored.AddRange(events.Where((_, i) => batch.Counted(i)).Select(e => e.EventId));
            }
        }

        Assert.Equal(Batches * EventsPerBatch, acked.Count);
        Assert.Equal(stored.Count, stored.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(acked.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// What a careful operator's client does: one batch in flight, each batch resent 1 to 3 times, and after any
    /// failure a reconnect that asks the ledger where the stream stands and goes on from there.
    /// </summary>
    private sealed class ResumingClient(ServerProcess server, Slice slice, Random random)
    {
        private int _ackedBatches;

        public int Reconnects { get; private set; }

        public int AckedBatches => Volatile.Read(ref _ackedBatches);

        public async Task SendAllAsync(int batches, int eventsPerBatch, HashSet<string> acked)
        {
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (true)
            {
                try
                {
                    using var channel = GrpcChannel.ForAddress(server.Address);
                    var ingest = new LedgerClients(channel, server.AdminKey).Ingest;
                    using var call = ingest.Ingest();
                    await call.RequestStream.WriteAsync(new IngestRequest { Open = new OpenStream { OperatorId = slice.Operator, StreamName = "crash" } });
                    if (!await call.ResponseStream.MoveNext(CancellationToken.None))
                    {
                        throw new IOException("stream closed before open");
                    }

                    var next = (int)call.ResponseStream.Current.Opened.LastBatchSeq + 1;
                    // Resend the batch the ledger holds last too: its original ack comes back, and with it any ids whose ack was lost.
                    for (var seq = Math.Max(1, next - 1); seq <= batches; seq++)
                    {
                        var batch = Batch(slice, seq, eventsPerBatch);
                        var times = random.Next(1, 4);
                        for (var send = 0; send < times; send++)
                        {
                            await call.RequestStream.WriteAsync(new IngestRequest { Batch = batch });
                            if (!await call.ResponseStream.MoveNext(CancellationToken.None))
                            {
                                throw new IOException("stream closed before ack");
                            }

                            var ack = call.ResponseStream.Current.Ack;
                            Assert.Equal((ulong)seq, ack.BatchSeq);
                            Assert.Empty(ack.Rejections);
                            var duplicates = ack.DuplicateIndexes.Select(i => (int)i).ToHashSet();
                            acked.UnionWith(batch.Events.Where((_, i) => !duplicates.Contains(i)).Select(e => e.EventId));
                        }

                        Volatile.Write(ref _ackedBatches, seq);
                    }

                    await call.RequestStream.CompleteAsync();
                    return;
                }
                catch (Exception e) when ((e is RpcException or IOException or HttpRequestException) && DateTime.UtcNow < deadline)
                {
                    Reconnects++;
                    await Task.Delay(100);
                }
            }
        }

        private static UsageBatch Batch(Slice slice, int seq, int events) =>
            Slice.Batch((ulong)seq, [.. Enumerable.Range(0, events).Select(i => slice.Event($"b{seq:D3}-e{i:D3}", units: 1))]);
    }
}
