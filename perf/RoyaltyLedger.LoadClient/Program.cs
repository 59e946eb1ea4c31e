using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using RoyaltyLedger.LoadClient;

var server = new Option<Uri[]>("--server")
{
    Description = "Server address; several (repeated, or comma-separated) spread the streams over them round-robin, e.g. the silos of one cluster",
    DefaultValueFactory = _ => [new Uri("http://127.0.0.1:5080")],
    Arity = ArgumentArity.OneOrMore,
    AllowMultipleArgumentsPerToken = true,
    // System.CommandLine has no built-in conversion to Uri.
    CustomParser = ServerList.Parse,
};
var target = new Option<string>("--target") { Description = "ledger (durable ingest) or baseline (the server's no-op sink)", DefaultValueFactory = _ => "ledger" };
target.AcceptOnlyFromAmong("ledger", "baseline");
var streams = new Option<int>("--streams") { Description = "Concurrent producer streams", DefaultValueFactory = _ => 16 };
var batch = new Option<int>("--batch") { Description = "Events per batch", DefaultValueFactory = _ => 1_000 };
var duration = new Option<int>("--duration") { Description = "Seconds measured (after the warm-up)", DefaultValueFactory = _ => 60 };
var rate = new Option<long?>("--rate") { Description = "Open loop: events per second across all streams; omit for closed loop (as fast as acks come)" };
var works = new Option<int>("--works") { Description = "Works in the catalogue, used with Zipf skew", DefaultValueFactory = _ => 10_000 };
var inFlight = new Option<int>("--inflight") { Description = "Unacked batches per stream (closed loop); open loop allows up to 64", DefaultValueFactory = _ => 1 };
var connections = new Option<int>("--connections") { Description = "HTTP/2 connections the streams are spread over", DefaultValueFactory = _ => 2 };
var warmup = new Option<int>("--warmup") { Description = "Seconds run before measuring", DefaultValueFactory = _ => 5 };
var serverPid = new Option<int?>("--server-pid") { Description = "Sample this process's resident memory every second (Linux /proc)" };
var apiKey = new Option<string?>("--api-key") { Description = "API key; else $ROYALTY_API_KEY, else ./data/admin.key" };
var output = new Option<string>("--out") { Description = "JSON results file", Required = true };
var connectTimeout = new Option<int>("--connect-timeout") { Description = "Seconds to keep trying to reach the server before giving up", DefaultValueFactory = _ => 30 };
var ackTimeout = new Option<int>("--ack-timeout") { Description = "Seconds a stream waits for its next ack (or a seeding call for its answer) before giving up", DefaultValueFactory = _ => 30 };
var statementReads = new Option<double>("--statement-reads")
{
    Description = "Also read statements of random seeded creators at this many per second while measuring, on a connection of their own (0: none)",
    DefaultValueFactory = _ => 0,
};
statementReads.Validators.Add(result =>
{
    if (result.GetValueOrDefault<double>() is < 0 or > 1_000)
    {
        result.AddError($"--statement-reads is {result.GetValueOrDefault<double>()}, expected 0 to 1000 per second");
    }
});
var seedOnly = new Option<bool>("--seed-only") { Description = "Seed the operator, model, creators, works, licence and consents on the first server, then stop without sending events" };
var root = new RootCommand("Drives the ledger's ingest (or its no-op baseline) and reports throughput and ack latency")
{
    server, target, streams, batch, duration, rate, works, inFlight, connections, warmup, serverPid, apiKey, output, connectTimeout, ackTimeout, statementReads, seedOnly,
};
root.SetAction(async (parse, cancellation) =>
{
    var options = new LoadOptions(parse.GetValue(server)!, parse.GetValue(target)!, parse.GetValue(streams), parse.GetValue(batch),
        parse.GetValue(duration), parse.GetValue(rate), parse.GetValue(works), parse.GetValue(inFlight), parse.GetValue(connections),
        parse.GetValue(warmup), parse.GetValue(serverPid), parse.GetValue(apiKey), parse.GetValue(output)!,
        DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture))
    {
        ConnectTimeout = TimeSpan.FromSeconds(Math.Clamp(parse.GetValue(connectTimeout), 1, 3_600)),
        AckTimeout = TimeSpan.FromSeconds(Math.Clamp(parse.GetValue(ackTimeout), 1, 3_600)),
        StatementReadsPerSecond = parse.GetValue(statementReads),
        SeedOnly = parse.GetValue(seedOnly),
    };
    if (options.Streams < options.Servers.Count)
    {
        await Console.Error.WriteLineAsync($"--streams {options.Streams} is fewer than the {options.Servers.Count} servers given; every server needs at least one stream");
        return 1;
    }

    if (options.Rate is not null)
    {
        options = options with { InFlight = Math.Max(options.InFlight, 64) };
    }

    return await LoadRun.RunGuardedAsync(options, cancellation);
});
return await root.Parse(args).InvokeAsync();

internal static class LoadRun
{
    /// <summary>
    /// Runs the load; when the server cannot be reached, stops answering or goes away mid-run, says so (naming the server
    /// and how long the run waited) and exits 2 instead of hanging or dying with a stack trace.
    /// </summary>
    public static async Task<int> RunGuardedAsync(LoadOptions options, CancellationToken cancellation)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await RunAsync(options, cancellation);
        }
        catch (Exception e) when (ServerGone.Describe(e) is { } reason && !cancellation.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync(
                $"error: gave up on the server at {ServerGone.Which(e) ?? options.Server} after {Stopwatch.GetElapsedTime(started).TotalSeconds:N1} s: {reason}");
            return 2;
        }
    }

    public static async Task<int> RunAsync(LoadOptions options, CancellationToken cancellation)
    {
        var key = options.ApiKey ?? Environment.GetEnvironmentVariable("ROYALTY_API_KEY")
            ?? (File.Exists("data/admin.key") ? (await File.ReadAllTextAsync("data/admin.key", cancellation)).Trim() : null);
        if (key is null)
        {
            await Console.Error.WriteLineAsync("no API key: pass --api-key, set ROYALTY_API_KEY, or run in the embedded server's folder (data/admin.key)");
            return 1;
        }

        // Each server gets --connections channels; the statement reads, if any, get a connection of their own to the first
        // server: a reader is another client, not queued behind ingest's frames.
        var channels = options.Servers.Select(s => Enumerable.Range(0, options.Connections).Select(_ => Channel(s, key, options)).ToList()).ToList();
        var readChannel = options.StatementReadsPerSecond > 0 ? Channel(options.Server, key, options) : null;
        var probe = readChannel is null ? null : new StatementProbe(readChannel.Invoker, options.StatementReadsPerSecond, seed: 12);
        var seeding = channels[0][0].Invoker;

        await Console.Error.WriteLineAsync($"seeding {options.Works:N0} works on {options.Server}");
        await ServerGone.RetryAsync(options.Server, options.ConnectTimeout, token => Seeder.RegisterOperatorAsync(seeding, token), cancellation);
        await Seeder.SeedAsync(seeding, options.Works, Console.Error);
        if (options.SeedOnly)
        {
            await Console.Error.WriteLineAsync($"seeded {options.Works:N0} works on {options.Server}; --seed-only, so no events sent");
            Dispose(channels, readChannel);
            return 0;
        }

        var workIds = Enumerable.Range(0, options.Works).Select(Seeder.WorkId).ToArray();
        var zipf = new Zipf(options.Works);

        var memory = options.ServerPid is { } pid ? new MemorySampler(pid) : null;
        var start = Stopwatch.GetTimestamp();
        var startedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var measureFrom = start + (options.WarmupSeconds * Stopwatch.Frequency);
        var stopAt = measureFrom + (options.DurationSeconds * Stopwatch.Frequency);
        var runners = Enumerable.Range(0, options.Streams)
            .Select(i => new StreamRunner(channels[options.ServerOf(i)][options.ConnectionOf(i)], options, i, zipf, workIds)).ToList();
        await Console.Error.WriteLineAsync(
            $"{options.Target}: {options.Streams} streams x {options.BatchSize:N0}-event batches, {(options.Rate is { } r ? $"open loop at {r:N0} events/s" : $"closed loop, {options.InFlight} in flight")}, " +
            $"{options.WarmupSeconds} s warm-up + {options.DurationSeconds} s" +
            (options.Servers.Count > 1 ? $", streams round-robin over {options.Servers.Count} servers" : ""));
        var sampling = memory?.RunAsync(TimeSpan.FromSeconds(1), stopAt, cancellation) ?? Task.CompletedTask;
        var reading = probe?.RunAsync(measureFrom, stopAt, cancellation) ?? Task.CompletedTask;
        await Task.WhenAll(runners.Select(r => r.RunAsync(measureFrom, stopAt, cancellation)));
        await sampling;
        await reading;

        var total = new Recorder();
        runners.ForEach(r => total.Add(r.Measured));
        var results = Results.Of(options, total, memory) with
        {
            Statements = probe is null ? null : StatementResults.Of(options.StatementReadsPerSecond, probe),
            PerServer = ServerResults.Of(options, runners.Select(r => r.Measured).ToList()),
            StartedAtUnixMs = startedAt,
        };
        await File.WriteAllTextAsync(options.Out, JsonSerializer.Serialize(results, Results.Json), cancellation);
        Console.WriteLine(
            $"{options.Target}: {results.EventsPerSecond:N0} events/s acked ({results.EventsAcked:N0} in {options.DurationSeconds} s, {results.EventsRejected:N0} rejected, {results.EventsDuplicates:N0} duplicates); " +
            $"ack latency p50 {results.AckLatencyMsP50:N1} ms, p99 {results.AckLatencyMsP99:N1} ms, max {results.AckLatencyMsMax:N1} ms" +
            (memory is null ? "" : $"; server RSS {results.ServerRssMbFirst:N0} -> {results.ServerRssMbLast:N0} MB (max {results.ServerRssMbMax:N0})"));
        if (results.Statements is { } read)
        {
            Console.WriteLine(read);
        }

        Dispose(channels, readChannel);
        return 0;
    }

    private static void Dispose(List<List<LoadChannel>> channels, LoadChannel? readChannel)
    {
        foreach (var channel in channels.SelectMany(c => c).Append(readChannel))
        {
            channel?.Channel.Dispose();
        }
    }

    private static LoadChannel Channel(Uri server, string key, LoadOptions options)
    {
        var channel = GrpcChannel.ForAddress(server, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                EnableMultipleHttp2Connections = true,
                // A server that is gone but whose connection was not closed (a paused or unplugged host) is noticed
                // by keep-alive pings within seconds, not after the operating system's TCP timeout of minutes.
                ConnectTimeout = TimeSpan.FromSeconds(5),
                KeepAlivePingDelay = TimeSpan.FromSeconds(5),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(5),
                KeepAlivePingPolicy = HttpKeepAlivePingPolicy.Always,
            },
            MaxSendMessageSize = 4 * 1024 * 1024,
        });
        var invoker = channel.Intercept(new UnaryDeadline(options.AckTimeout)).Intercept(metadata =>
        {
            metadata.Add("authorization", $"Bearer {key}");
            return metadata;
        });
        return new LoadChannel(server, channel, invoker);
    }
}

/// <summary>One HTTP/2 channel to one server, and the invoker the streams and seeding call through.</summary>
internal sealed record LoadChannel(Uri Server, GrpcChannel Channel, CallInvoker Invoker);
