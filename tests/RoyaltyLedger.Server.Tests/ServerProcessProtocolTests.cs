using System.Globalization;
using Grpc.Net.Client;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// The protocol seen from outside the server's process: its /metrics (a process of its own, so that no other test's
/// server adds to the counters) and the load client when its server is not there or dies mid-run.
/// </summary>
#pragma warning disable CA1001 // The server process is disposed in DisposeAsync, xunit's end of the test.
public sealed class ServerProcessProtocolTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-protocol-").FullName;
    private ServerProcess _server = null!;

    public async Task InitializeAsync()
    {
        _server = new ServerProcess(_folder, new Dictionary<string, string> { ["Storage:DataDirectory"] = Path.Combine(_folder, "data") });
        await _server.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        TempFolder.Delete(_folder);
    }

    [Fact]
    public async Task Metrics_ResentBatchAnsweredFromTheStoredAck_CountsItsEventsAsReplayedNotAcceptedAgain()
    {
        using var channel = GrpcChannel.ForAddress(_server.Address);
        var admin = new LedgerClients(channel, _server.AdminKey);
        var s = await new Slice("metrics-once").RegisterAsync(admin);
        var batch = Slice.Batch(1, s.Event("m-1"), s.Event("m-2"), s.Event("m-3"));

        var (_, first) = await s.SendAsync(admin.Ingest, "main", batch);
        var (_, again) = await s.SendAsync(admin.Ingest, "main", batch);
        var (_, third) = await s.SendAsync(admin.Ingest, "main", batch);
        var metrics = await ScrapeAsync();

        Assert.Equal(first[0], again[0]);
        Assert.Equal(first[0], third[0]);
        Assert.Equal(3, Counter(metrics, "royaltyledger_usage_events_accepted_total"));
        Assert.Equal(6, Counter(metrics, "royaltyledger_usage_events_replayed_total"));
        Assert.Equal(9, Counter(metrics, "royaltyledger_usage_events_received_total"));
    }

    [Fact]
    public async Task LoadClient_NothingListening_GivesUpWithinItsConnectTimeoutNamingTheServer()
    {
        var address = $"http://127.0.0.1:{FreePort.Next()}";
        using var client = LoadClientProcess.Start(_folder, "--server", address, "--api-key", "rlk_unused", "--out", Path.Combine(_folder, "none.json"),
            "--connect-timeout", "2", "--works", "10", "--streams", "1", "--duration", "5", "--warmup", "0");

        var (exit, waited) = await client.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, exit);
        Assert.True(waited < TimeSpan.FromSeconds(30), $"the load client took {waited} to give up");
        Assert.Contains($"error: gave up on the server at {address}/ after ", client.Error, StringComparison.Ordinal);
        Assert.Contains("was not reachable in ", client.Error, StringComparison.Ordinal);
        Assert.Contains("(--connect-timeout 2 s)", client.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadClient_ServerKilledMidRun_ExitsWithinBoundedTimeNamingTheServer()
    {
        using var client = LoadClientProcess.Start(_folder, "--server", _server.Address, "--api-key", _server.AdminKey, "--out", Path.Combine(_folder, "run.json"),
            "--works", "20", "--streams", "2", "--batch", "50", "--duration", "120", "--warmup", "0", "--ack-timeout", "5");
        await client.Streaming.WaitAsync(TimeSpan.FromSeconds(120));

        await _server.KillAsync();
        var (exit, waited) = await client.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, exit);
        Assert.True(waited < TimeSpan.FromSeconds(30), $"the load client took {waited} to give up after its server died");
        Assert.Contains($"error: gave up on the server at {_server.Address}/ after ", client.Error, StringComparison.Ordinal);
    }

    private async Task<string> ScrapeAsync()
    {
        using var http = new HttpClient();
        return await http.GetStringAsync(new Uri(new Uri(_server.Address), "/metrics"));
    }

    /// <summary>The sum of a Prometheus counter's samples across its labels (name{labels} value [timestamp]), 0 when absent.</summary>
    private static long Counter(string metrics, string name) =>
        metrics.Split('\n')
            .Where(line => line.StartsWith(name + " ", StringComparison.Ordinal) || line.StartsWith(name + "{", StringComparison.Ordinal))
            .Sum(line => (long)double.Parse(
                line[(line.Contains('}', StringComparison.Ordinal) ? line.LastIndexOf('}') + 1 : name.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0],
                CultureInfo.InvariantCulture));
}
