using System.Text.Json;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests.LoadClient;

/// <summary>
/// The load client spreading its streams over several servers (the silos of one cluster, issue 13): round-robin, each
/// server's share reported, and a server that is not there named when the run gives up.
/// </summary>
#pragma warning disable CA1001 // The server process is disposed in DisposeAsync, xunit's end of the test.
public sealed class LoadClientServersTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-loadclient-").FullName;
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
    public async Task LoadClient_TwoServers_SpreadsStreamsRoundRobinAndReportsEachServersShare()
    {
        // The same server twice, once by a comma list: two entries to spread over, each with its own connections.
        var output = Path.Combine(_folder, "two.json");
        using var client = LoadClientProcess.Start(_folder, "--server", $"{_server.Address},{_server.Address}", "--api-key", _server.AdminKey,
            "--out", output, "--works", "20", "--streams", "5", "--batch", "20", "--duration", "2", "--warmup", "0");

        var (exit, _) = await client.WaitForExitAsync(TimeSpan.FromSeconds(120));

        Assert.True(exit == 0, $"the load client exited {exit}: {client.Error}");
        using var results = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var perServer = results.RootElement.GetProperty("per_server").EnumerateArray().ToList();
        Assert.Equal(2, perServer.Count);
        Assert.Equal(3, perServer[0].GetProperty("streams").GetInt32());
        Assert.Equal(2, perServer[1].GetProperty("streams").GetInt32());
        Assert.All(perServer, s => Assert.True(s.GetProperty("events_acked").GetInt64() > 0, $"server {s.GetProperty("index")} acked no events"));
        Assert.Equal(results.RootElement.GetProperty("events_acked").GetInt64(), perServer.Sum(s => s.GetProperty("events_acked").GetInt64()));
        Assert.Contains("streams round-robin over 2 servers", client.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadClient_SecondServerNotListening_GivesUpNamingThatServer()
    {
        var missing = $"http://127.0.0.1:{FreePort.Next()}";
        using var client = LoadClientProcess.Start(_folder, "--server", _server.Address, "--server", missing, "--api-key", _server.AdminKey,
            "--out", Path.Combine(_folder, "missing.json"), "--works", "20", "--streams", "2", "--batch", "20", "--duration", "30", "--warmup", "0",
            "--ack-timeout", "5");

        var (exit, waited) = await client.WaitForExitAsync(TimeSpan.FromSeconds(120));

        Assert.Equal(2, exit);
        Assert.True(waited < TimeSpan.FromSeconds(60), $"the load client took {waited} to give up");
        Assert.Contains($"error: gave up on the server at {missing}/ after ", client.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadClient_FewerStreamsThanServers_RefusesNamingBothCounts()
    {
        using var client = LoadClientProcess.Start(_folder, "--server", $"{_server.Address},{_server.Address},{_server.Address}", "--api-key", _server.AdminKey,
            "--out", Path.Combine(_folder, "few.json"), "--streams", "2");

        var (exit, _) = await client.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exit);
        Assert.Contains("--streams 2 is fewer than the 3 servers given", client.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadClient_ServerNotAnHttpAddress_RefusesNamingTheValue()
    {
        using var client = LoadClientProcess.Start(_folder, "--server", $"{_server.Address},ftp://127.0.0.1:1", "--out", Path.Combine(_folder, "bad.json"));

        var (exit, _) = await client.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exit);
        Assert.Contains("--server 'ftp://127.0.0.1:1' is not an absolute http:// or https:// address", client.Error, StringComparison.Ordinal);
    }
}
