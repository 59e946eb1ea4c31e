using System.Net;
using RoyaltyLedger.Cli;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>What a newcomer touches: the CLI demo and statements, /metrics and /healthz on the gRPC port.</summary>
public sealed class ServerSurfaceTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private async Task<(int Exit, string Output, string Error)> RoyaltyAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RoyaltyCli.RunAsync([.. args, "--server", fixture.Server.Address, "--api-key", fixture.Server.Admin.ApiKey], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Demo_AgainstRealServer_PrintsStatementsAndSurvivesRestart()
    {
        var demo = await RoyaltyAsync("demo");
        Assert.True(demo.Exit == 0, $"demo exited {demo.Exit}: {demo.Error}");
        Assert.Contains("Statement for Ada Okafor (ada-okafor)", demo.Output, StringComparison.Ordinal);
        Assert.Contains("Total owed: EUR ", demo.Output, StringComparison.Ordinal);
        Assert.Contains("rejected: quill-labs", demo.Output, StringComparison.Ordinal);
        // The demo previews November's cycle (its uses are of 2026-11) and leaves the commit to the README's example.
        Assert.Contains("cycle 2026-11-eur (preview) of demo-society in EUR", demo.Output, StringComparison.Ordinal);
        Assert.Contains("2026-11  period", demo.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("merkle root ", demo.Output, StringComparison.Ordinal);
        Assert.Contains("lumen-7b", demo.Output[demo.Output.IndexOf("cycle 2026-11-eur", StringComparison.Ordinal)..], StringComparison.Ordinal);

        // The README's example right after the demo: November's cycle commits what the preview showed, and pays.
        var commit = await RoyaltyAsync("payouts", "commit", "--cycle", "2026-11-eur", "--society", "demo-society", "--currency", "EUR",
            "--period", "2026-11", "--minimum-minor", "100");
        Assert.True(commit.Exit == 0, $"payouts commit exited {commit.Exit}: {commit.Error}");
        Assert.Contains("cycle 2026-11-eur (committed) of demo-society in EUR", commit.Output, StringComparison.Ordinal);
        Assert.Equal(PaidLine(demo.Output), PaidLine(commit.Output));
        Assert.DoesNotContain("; 0 paid,", PaidLine(commit.Output), StringComparison.Ordinal);
        var proof = await RoyaltyAsync("payouts", "proof", "2026-11-eur", "ada-okafor");
        Assert.True(proof.Exit == 0, $"payouts proof exited {proof.Exit}: {proof.Error}");

        var creators = await RoyaltyAsync("creators", "list", "--json");
        // A statement read waits only when asked (issue 12): the demo's last steps leave a re-rating queued, which
        // the projector takes in its own time; waiting makes each read the caught-up statement, so that they compare.
        var statement = await RoyaltyAsync("statement", "--creator", "ada-okafor", "--json", "--wait");
        Assert.Contains("\"amountNanos\": \"96338022000\"", statement.Output, StringComparison.Ordinal);

        await fixture.RestartAsync();
        Assert.Equal(creators, await RoyaltyAsync("creators", "list", "--json"));
        Assert.Equal(statement, await RoyaltyAsync("statement", "--creator", "ada-okafor", "--json", "--wait"));

        var again = await RoyaltyAsync("demo");
        Assert.Equal(0, again.Exit);
        Assert.Contains("batches were already held from an earlier run", again.Output, StringComparison.Ordinal);
        Assert.Equal(statement, await RoyaltyAsync("statement", "--creator", "ada-okafor", "--json", "--wait"));
        // The rerun shows the committed cycle: the same payout, paid once.
        Assert.Contains("cycle 2026-11-eur (committed) of demo-society in EUR", again.Output, StringComparison.Ordinal);
        Assert.Equal(PaidLine(commit.Output), PaidLine(again.Output));
    }

    private static string PaidLine(string output) =>
        output.Split('\n').Single(l => l.StartsWith("payable ", StringComparison.Ordinal));

    [Fact]
    public async Task Cli_BadSplit_PrintsFieldViolationAndExitsOne()
    {
        await RoyaltyAsync("creators", "add", "--id", "cli-bad-a", "--name", "A");
        var result = await RoyaltyAsync("works", "add", "--id", "cli-bad-w", "--title", "W", "--medium", "text", "--contributor", "cli-bad-a:author:9900");
        Assert.Equal(1, result.Exit);
        Assert.Contains("contributors: work cli-bad-w splits sum to 9,900 basis points, expected 10,000", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_ServerDown_SaysHowToStartIt()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RoyaltyCli.RunAsync(["creators", "list", "--server", $"http://127.0.0.1:{FreePort.Next()}"], output, error);
        Assert.Equal(1, exit);
        Assert.Contains("cannot reach the server", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_OverHttp11OnGrpcPort_IncludeOrleansAndUsageCounters()
    {
        var s = await new Slice("metrics").RegisterAsync(fixture.Server.Admin);
        await s.SendAsync(fixture.Server.Ingest, "m", Slice.Batch(1, s.Event("e1")));
        using var http = new HttpClient { DefaultRequestVersion = HttpVersion.Version11 };

        var metrics = await http.GetStringAsync(new Uri(new Uri(fixture.Server.Address), "/metrics"));
        var health = await http.GetStringAsync(new Uri(new Uri(fixture.Server.Address), "/healthz"));

        Assert.Contains("royaltyledger_usage_events_received", metrics, StringComparison.Ordinal);
        Assert.Contains("royaltyledger_usage_events_accepted", metrics, StringComparison.Ordinal);
        Assert.Contains("otel_scope_name=\"Microsoft.Orleans\"", metrics, StringComparison.Ordinal);
        Assert.Equal("Healthy", health);
    }
}
