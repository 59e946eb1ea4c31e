using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using RoyaltyLedger.Client;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.UsageClient;
using RoyaltyLedger.Server.Tests.Infrastructure;
using static RoyaltyLedger.Server.Tests.Infrastructure.BrokenMessages;
using RoyaltyLedger.Storage.UsageLog;
using RoyaltyLedger.Application.UsageLog;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// The ingest protocol against malformed input: a field the wire mapping cannot convert is one event's rejection,
/// naming the field and the value; the stream survives and the batch's good events are stored.
/// </summary>
public abstract class ProtocolHardeningTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    /// <summary>A server on the fixture's storage whose database the test can take away and give back.</summary>
    protected abstract Task<(LedgerServer Server, IStorageSwitch Storage)> StartWithStorageSwitchAsync();

    /// <summary>Takes the server's database away (<see cref="Cut"/>) and gives it back as it was (<see cref="Restore"/>).</summary>
    protected interface IStorageSwitch : IAsyncDisposable
    {
        void Cut();

        void Restore();
    }

    [Fact]
    public async Task Ingest_ResentBatchNumberWithOtherContent_IsRefusedAlreadyExistsAndNeverAcked()
    {
        var s = await new Slice("hard-resend").RegisterAsync(Server.Admin);
        var (_, first) = await s.SendAsync(Server.Ingest, "main", Slice.Batch(1, s.Event("a"), s.Event("b")));

        var changed = await Assert.ThrowsAsync<RpcException>(() => s.SendAsync(Server.Ingest, "main", Slice.Batch(1, s.Event("a"), s.Event("c"))));
        var (_, same) = await s.SendAsync(Server.Ingest, "main", Slice.Batch(1, s.Event("a"), s.Event("b")));

        Assert.Equal(StatusCode.AlreadyExists, changed.StatusCode);
        Assert.StartsWith($"stream {s.Operator}/main already holds batch 1 with other content (SHA-256 ", changed.Status.Detail, StringComparison.Ordinal);
        Assert.EndsWith("the batch was not stored and its 2 events were not counted; resend a batch number only with the events first sent in it, and send new events as batch 2",
            changed.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(first[0], same[0]);
        Assert.Equal(["a", "b"], await StoredIdsAsync(s.Operator));

        // The client library surfaces the refusal as its conflict exception; the new event is still not counted.
        var key = await Server.ClientsForAsync(Role.Operator, s.Operator);
        var options = new UsageClientOptions
        {
            ServerAddress = new Uri(Server.Address), ApiKey = key.ApiKey, OperatorId = s.Operator, StreamName = "main", BatchSize = 2,
            Numbering = BatchNumbering.Replay,
        };
        await using var writer = await UsageStreamWriter.OpenAsync(options);
        await writer.WriteAsync(s.Event("a"));
        var conflict = await Assert.ThrowsAsync<UsageStreamConflictException>(async () =>
        {
            await writer.WriteAsync(s.Event("d"));
            await writer.CompleteAsync();
        });
        Assert.Contains($"stream {s.Operator}/main already holds batch 1 with other content", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(["a", "b"], await StoredIdsAsync(s.Operator));
    }

    [Fact]
    public async Task Ingest_StorageUnavailable_IsUnavailableWithRetryInfoAndTheClientsRetryCountsOnce()
    {
        var (server, storage) = await StartWithStorageSwitchAsync();
        await using var _ = storage;
        await using var __ = server;
        var s = await new Slice("hard-down").RegisterAsync(server.Admin);
        await s.SendAsync(server.Ingest, "main", Slice.Batch(1, s.Event("before")));

        storage.Cut();
        var refused = await Assert.ThrowsAsync<RpcException>(() => s.SendAsync(server.Ingest, "main", Slice.Batch(2, s.Event("lost-1"))));
        var health = await new Health.HealthClient(server.Channel).CheckAsync(new HealthCheckRequest());

        Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
        Assert.StartsWith("the ledger's storage is unavailable (", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.GetRpcStatus()!.GetDetail<RetryInfo>().RetryDelay.ToTimeSpan());
        Assert.Equal(ExpectedHealthDuringOutage, health.Status);

        // The client library, writing while the storage is away, waits as told and succeeds once it is back.
        var clock = new SignallingTimeProvider();
        var options = new UsageClientOptions
        {
            ServerAddress = new Uri(server.Address), ApiKey = server.Admin.ApiKey, OperatorId = s.Operator, StreamName = "main", BatchSize = 3,
            Retry = UsageRetryPolicy.Default with { MaxAttempts = 20 }, TimeProvider = clock,
        };
        var sending = Task.Run(async () =>
        {
            await using var writer = await UsageStreamWriter.OpenAsync(options);
            foreach (var id in AfterIds)
            {
                await writer.WriteAsync(s.Event(id));
            }

            await writer.CompleteAsync();
            return writer.Progress;
        });
        var firstWait = await clock.NextTimerAsync();
        Assert.True(firstWait >= TimeSpan.FromSeconds(1), $"the writer waited {firstWait}, less than the server's RetryInfo of 1 s");
        storage.Restore();
        while (!sending.IsCompleted)
        {
            clock.Advance(TimeSpan.FromSeconds(60));
            await Task.WhenAny(sending, clock.NextTimerAsync());
        }

        var progress = await sending;
        Assert.Equal((3L, 0L, 0L), (progress.Accepted, progress.Duplicates, progress.Rejected));
        Assert.Equal(["before", "after-1", "after-2", "after-3"], await StoredIdsAsync(server, s.Operator));
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await new Health.HealthClient(server.Channel).CheckAsync(new HealthCheckRequest())).Status);
    }

    private static readonly string[] AfterIds = ["after-1", "after-2", "after-3"];

    [Fact]
    public async Task Cli_StorageUnavailable_RetriesUntilItIsBackAndSucceedsOnce()
    {
        var (server, storage) = await StartWithStorageSwitchAsync();
        await using var _ = storage;
        await using var __ = server;
        var s = await new Slice("hard-cli").RegisterAsync(server.Admin);
        using var refusals = new UnavailableCalls(server);

        storage.Cut();
        var command = server.RoyaltyAsync(server.Admin.ApiKey, "keys", "create", "--role", "creator", "--party", s.Composer, "--label", "made-during-outage");
        await refusals.FirstAsync.WaitAsync(TimeSpan.FromSeconds(60));
        storage.Restore();
        var (exit, output, error) = await command.WaitAsync(TimeSpan.FromSeconds(120));

        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.StartsWith("rlk_", output, StringComparison.Ordinal);
        var keys = await server.Admin.Access.ListApiKeysAsync(new ListApiKeysRequest());
        Assert.Single(keys.Keys, k => k.Label == "made-during-outage");
    }

    /// <summary>Signals the first call this server answered UNAVAILABLE for a storage outage (its own meter, not another test server's).</summary>
    private sealed class UnavailableCalls : IDisposable
    {
        private readonly System.Diagnostics.Metrics.MeterListener _listener = new();
        private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public UnavailableCalls(LedgerServer server)
        {
            var factory = server.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == "royaltyledger.storage.unavailable" && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, _, _, _) => _first.TrySetResult());
            _listener.Start();
        }

        public Task FirstAsync => _first.Task;

        public void Dispose() => _listener.Dispose();
    }

    /// <summary>What the gRPC health service says while the store is cut: a SQLite file held by another writer still answers reads.</summary>
    protected abstract HealthCheckResponse.Types.ServingStatus ExpectedHealthDuringOutage { get; }

    [Fact]
    public async Task Health_WholeServerAndEveryService_FollowTheHealthReport()
    {
        var probe = new SettableHealthCheck();
        await using var server = await fixture.StartWithAsync(b => b.Services.AddHealthChecks().AddCheck("test-probe", probe));
        var health = new Health.HealthClient(server.Channel);
        string[] names = ["", .. LedgerServiceNames];

        var healthy = await StatusesAsync(health, names);
        probe.Status = HealthStatus.Degraded;
        var degraded = await StatusesAsync(health, names);
        probe.Status = HealthStatus.Unhealthy;
        var unhealthy = await StatusesAsync(health, names);

        Assert.All(healthy, s => Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, s));
        Assert.All(degraded, s => Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, s));
        Assert.All(unhealthy, s => Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, s));
        var unknown = await Assert.ThrowsAsync<RpcException>(() => health.CheckAsync(new HealthCheckRequest { Service = "royaltyledger.v1.NoSuchService" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Reflection_ListServices_NamesEveryServiceUsageIngestIncluded()
    {
        var reflection = new ServerReflection.ServerReflectionClient(Server.Channel);
        using var call = reflection.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var listed = call.ResponseStream.Current.ListServicesResponse.Service.Select(x => x.Name).ToHashSet();

        Assert.Superset(new HashSet<string>([.. LedgerServiceNames, "grpc.health.v1.Health", "grpc.reflection.v1alpha.ServerReflection"]), listed);
        Assert.Contains("royaltyledger.v1.UsageIngest", listed);
    }

    private static readonly string[] LedgerServiceNames =
    [
        "royaltyledger.v1.Access", "royaltyledger.v1.Registry", "royaltyledger.v1.Consents", "royaltyledger.v1.LicenceRequests",
        "royaltyledger.v1.UsageIngest", "royaltyledger.v1.Statements", "royaltyledger.v1.Manifests", "royaltyledger.v1.Payouts",
        "royaltyledger.v1.Claims", "royaltyledger.v1.Ledger", "royaltyledger.v1.Transparency", "royaltyledger.v1.Removals",
    ];

    private static async Task<List<HealthCheckResponse.Types.ServingStatus>> StatusesAsync(Health.HealthClient health, string[] names)
    {
        var statuses = new List<HealthCheckResponse.Types.ServingStatus>();
        foreach (var name in names)
        {
            statuses.Add((await health.CheckAsync(new HealthCheckRequest { Service = name })).Status);
        }

        return statuses;
    }

    /// <summary>A health check whose answer the test sets.</summary>
    private sealed class SettableHealthCheck : IHealthCheck
    {
        public volatile HealthStatus Status = HealthStatus.Healthy;

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(new HealthCheckResult(Status, $"set by the test to {Status}"));
    }

    [Fact]
    public async Task Ingest_TimestampsOutOfRange_AreRejectedPerEventAndTheGoodOnesAreStored()
    {
        var s = await new Slice("hard-time").RegisterAsync(Server.Admin);
        var batch = Slice.Batch(1,
            s.Event("good-1"),
            At(s.Event("seconds-max-plus-1"), 253_402_300_800, 0),
            At(s.Event("seconds-min-minus-1"), -62_135_596_801, 0),
            At(s.Event("nanos-negative"), 1_795_000_000, -1),
            At(s.Event("nanos-a-second"), 1_795_000_000, 1_000_000_000),
            s.Event("good-2"));

        // A second batch on the same stream proves the stream survived the first.
        var (_, acks) = await s.SendAsync(Server.Ingest, "main", batch, Slice.Batch(2, s.Event("good-3")));

        Assert.Equal([2U, 1U], acks.Select(a => a.Accepted));
        Assert.Equal(
            [
                "events[1].occurred_at is { seconds: 253402300800, nanos: 0 }, expected seconds -62,135,596,800 to 253,402,300,799 (0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z) and nanos 0 to 999,999,999",
                "events[2].occurred_at is { seconds: -62135596801, nanos: 0 }, expected seconds -62,135,596,800 to 253,402,300,799 (0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z) and nanos 0 to 999,999,999",
                "events[3].occurred_at is { seconds: 1795000000, nanos: -1 }, expected seconds -62,135,596,800 to 253,402,300,799 (0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z) and nanos 0 to 999,999,999",
                "events[4].occurred_at is { seconds: 1795000000, nanos: 1000000000 }, expected seconds -62,135,596,800 to 253,402,300,799 (0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z) and nanos 0 to 999,999,999",
            ],
            acks[0].Rejections.Select(r => r.Message));
        Assert.All(acks[0].Rejections, r => Assert.Equal(RejectionReason.InvalidValue, r.Reason));
        Assert.Equal(["events[1].occurred_at", "events[2].occurred_at", "events[3].occurred_at", "events[4].occurred_at"], acks[0].Rejections.Select(r => r.Field));
        Assert.Equal(["good-1", "good-2", "good-3"], await StoredIdsAsync(s.Operator));
    }

    [Fact]
    public async Task Ingest_UnknownEnumValueAndAbsentOptionals_AreRejectedPerEventNamingTheField()
    {
        var s = await new Slice("hard-enum").RegisterAsync(Server.Admin);
        var unknownUse = s.Event("use-99");
        unknownUse.Use = (UseKind)99;
        var noWeight = s.Event("no-weight");
        noWeight.ClearAttributionWeightPpm();
        var noTime = s.Event("no-time");
        noTime.OccurredAt = null;

        var (_, acks) = await s.SendAsync(Server.Ingest, "main", Slice.Batch(1, unknownUse, s.Event("good"), noWeight, noTime));

        var ack = Assert.Single(acks);
        Assert.Equal(1U, ack.Accepted);
        Assert.Equal(["events[0].use", "events[2].attribution_weight_ppm", "events[3].occurred_at"], ack.Rejections.Select(r => r.Field));
        Assert.StartsWith("events[0].use is 99 (99), expected", ack.Rejections[0].Message, StringComparison.Ordinal);
        Assert.Equal(["good"], await StoredIdsAsync(s.Operator));
    }

    [Fact]
    public async Task Unary_BytesThatAreNotProtobuf_AreInvalidArgument()
    {
        var raw = new Marshaller<byte[]>(b => b, b => b);
        var method = new Method<byte[], byte[]>(MethodType.Unary, "royaltyledger.v1.Registry", "RegisterCreator", raw, raw);

        var error = await Assert.ThrowsAsync<RpcException>(() => Server.Admin.Invoker.AsyncUnaryCall(method, null, new CallOptions(), Garbage).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("the request to /royaltyledger.v1.Registry/RegisterCreator is not a valid protobuf message of the method's request type: ",
            error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_FrameThatIsNotProtobuf_IsInvalidArgumentAndTheServerServesTheNextStream()
    {
        var s = await new Slice("hard-garbage").RegisterAsync(Server.Admin);
        var raw = new Marshaller<byte[]>(b => b, b => b);
        var method = new Method<byte[], byte[]>(MethodType.DuplexStreaming, "royaltyledger.v1.UsageIngest", "Ingest", raw, raw);
        using (var call = Server.Admin.Invoker.AsyncDuplexStreamingCall(method, null, new CallOptions()))
        {
            await call.RequestStream.WriteAsync(new IngestRequest { Open = new OpenStream { OperatorId = s.Operator, StreamName = "main" } }.ToByteArray());
            Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
            await call.RequestStream.WriteAsync(Garbage);
            var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext(CancellationToken.None));

            Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
            Assert.StartsWith("the request to /royaltyledger.v1.UsageIngest/Ingest is not a valid protobuf message", error.Status.Detail, StringComparison.Ordinal);
        }

        var (_, acks) = await s.SendAsync(Server.Ingest, "main", Slice.Batch(1, s.Event("after-garbage")));
        Assert.Equal(1U, acks[0].Accepted);
        Assert.Equal(["after-garbage"], await StoredIdsAsync(s.Operator));
    }



    /// <summary>The ids of the events the log counted for the operator, read from the database.</summary>
    private Task<List<string>> StoredIdsAsync(string operatorId) => StoredIdsAsync(Server, operatorId);

    private static async Task<List<string>> StoredIdsAsync(LedgerServer server, string operatorId)
    {
        var log = server.Services.GetRequiredService<IUsageLog>();
        var ids = new List<string>();
        await foreach (var batch in log.ReadBatchesAsync(operatorId, CancellationToken.None))
        {
            var events = UsageBatch.Parser.ParseFrom(batch.Payload).Events;
            ids.AddRange(events.Where((_, i) => batch.Counted(i)).Select(e => e.EventId));
        }

        return ids;
    }
}

public sealed class SqliteProtocolHardeningTests(SqliteServerFixture fixture) : ProtocolHardeningTests(fixture), IClassFixture<SqliteServerFixture>
{
    protected override HealthCheckResponse.Types.ServingStatus ExpectedHealthDuringOutage => HealthCheckResponse.Types.ServingStatus.Serving;

    /// <summary>A second server on the same file, waiting 1 s for a lock; the test holds SQLite's write lock from another connection.</summary>
    protected override async Task<(LedgerServer Server, IStorageSwitch Storage)> StartWithStorageSwitchAsync() =>
        (await fixture.StartAnotherAsync(new Dictionary<string, string> { ["Storage:SqliteBusyTimeoutSeconds"] = "1" }), new WriteLock(fixture.LedgerPath));

    private sealed class WriteLock(string path) : IStorageSwitch
    {
        private SqliteConnection? _holder;

        public void Cut()
        {
            _holder = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            _holder.Open();
            using var begin = _holder.CreateCommand();
            begin.CommandText = "BEGIN EXCLUSIVE";
            begin.ExecuteNonQuery();
        }

        public void Restore()
        {
            _holder?.Dispose();
            _holder = null;
        }

        public ValueTask DisposeAsync()
        {
            Restore();
            return ValueTask.CompletedTask;
        }
    }
}

public sealed class PostgresProtocolHardeningTests(PostgresServerFixture fixture) : ProtocolHardeningTests(fixture), IClassFixture<PostgresServerFixture>
{
    protected override HealthCheckResponse.Types.ServingStatus ExpectedHealthDuringOutage => HealthCheckResponse.Types.ServingStatus.NotServing;

    /// <summary>A second server reaching the fixture's database through a proxy the test cuts: connections drop and new ones are refused.</summary>
    protected override async Task<(LedgerServer Server, IStorageSwitch Storage)> StartWithStorageSwitchAsync()
    {
        var target = new NpgsqlConnectionStringBuilder(fixture.Settings["Storage:ConnectionString"]);
        var proxy = TcpProxy.Start(target.Host ?? "127.0.0.1", target.Port);
        var proxied = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port, Timeout = 3, CommandTimeout = 10 };
        var settings = fixture.Settings.ToDictionary(p => p.Key, p => p.Value);
        settings["Storage:ConnectionString"] = proxied.ConnectionString;
        return (await LedgerServer.StartAsync(settings), new ProxySwitch(proxy));
    }

    private sealed class ProxySwitch(TcpProxy proxy) : IStorageSwitch
    {
        public void Cut() => proxy.Cut();

        public void Restore() => proxy.Restore();

        public ValueTask DisposeAsync() => proxy.DisposeAsync();
    }
}
