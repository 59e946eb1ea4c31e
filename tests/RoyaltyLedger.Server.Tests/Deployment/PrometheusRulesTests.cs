using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests.Deployment;

/// <summary>
/// deploy/: the alert rules pass `promtool check rules` and their unit tests (`promtool test rules`), and the rules and
/// the Grafana dashboard read only series a real server exports on /metrics.
/// </summary>
// Alone: OpenTelemetry listens to meters by name across the process, so another test's server starting or stopping
// beside this one adds or removes series on this server's /metrics.
[Collection(MetricsAlone.Name)]
public sealed partial class PrometheusRulesTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private static readonly string PrometheusFolder = RepositoryRoot.Combine("deploy", "prometheus");

    private static readonly string DashboardPath = RepositoryRoot.Combine("deploy", "grafana", "royaltyledger.json");

    /// <summary>
    /// Counters exported only once they have counted something: a healthy test server never answers UNAVAILABLE nor
    /// matches suspense here. Each must still be declared by the server's code under the instrument name it maps to.
    /// </summary>
    private static readonly Dictionary<string, string> CountedOnlyWhenItHappens = new(StringComparer.Ordinal)
    {
        ["royaltyledger_storage_unavailable_total"] = "royaltyledger.storage.unavailable",
        ["royaltyledger_projection_matched_total"] = "royaltyledger.projection.matched",
    };

    [Fact]
    public async Task PromtoolCheckRules_AlertRules_Valid()
    {
        var result = await RequiredTool.Promtool.RunAsync(PrometheusFolder, "check", "rules", "royaltyledger-rules.yml");

        Assert.True(result.ExitCode == 0, $"promtool check rules: {result}");
        Assert.Contains("SUCCESS: 8 rules found", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PromtoolTestRules_UnitTests_AllPass()
    {
        var result = await RequiredTool.Promtool.RunAsync(PrometheusFolder, "test", "rules", "royaltyledger-rules.test.yml");

        Assert.True(result.ExitCode == 0, $"promtool test rules: {result}");
        Assert.Contains("SUCCESS", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dashboard_Panels_CoverIngestAcksLagQuarantineAndMembership()
    {
        using var dashboard = JsonDocument.Parse(File.ReadAllText(DashboardPath));
        var panels = dashboard.RootElement.GetProperty("panels").EnumerateArray().ToList();
        var byTitle = panels.ToDictionary(p => p.GetProperty("title").GetString()!, p => Expressions(p).ToList(), StringComparer.Ordinal);

        Assert.Equal("royaltyledger", dashboard.RootElement.GetProperty("uid").GetString());
        Assert.Equal(panels.Count, panels.Select(p => p.GetProperty("id").GetInt32()).Distinct().Count());
        Assert.Contains(byTitle["Ingest rate"], e => e.Contains("royaltyledger_usage_events_accepted_total", StringComparison.Ordinal));
        Assert.Contains(byTitle["Ack latency"], e => e.StartsWith("histogram_quantile(0.99", StringComparison.Ordinal));
        Assert.Contains(byTitle["Projection lag per partition"], e => e.Contains("by (partition)", StringComparison.Ordinal));
        Assert.Contains(byTitle["Quarantined uses"], e => e.Contains("royaltyledger_quarantined_uses", StringComparison.Ordinal));
        Assert.Contains(byTitle["Cluster membership"], e => e.Contains("orleans_consistent_ring_size", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RulesAndDashboard_MetricNames_ExportedByRealServer()
    {
        var s = await new Slice("deploy-metrics").RegisterAsync(fixture.Server.Admin);
        var refused = s.Event("e2");
        refused.AttributionWeightPpm = 1_200_000;
        // One good event (acked, projected) and one refused, so that the rejection counter has counted once.
        var (_, acks) = await s.SendAsync(fixture.Server.Ingest, "m", Slice.Batch(1, s.Event("e1"), refused));
        Assert.Single(Assert.Single(acks).Rejections);
        var exported = await ScrapeUntilProjectedAsync();
        var used = UsedMetricNames().ToList();

        Assert.Contains("royaltyledger_projection_lag", used);
        var sources = string.Join('\n', Directory.EnumerateFiles(RepositoryRoot.Combine("src"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        var missing = used.Where(name => !exported.Contains(name)
            && !(CountedOnlyWhenItHappens.TryGetValue(name, out var instrument) && sources.Contains($"\"{instrument}\"", StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0, $"deploy/ reads series the server does not export: {string.Join(", ", missing)}; exported: {string.Join(", ", exported.Order(StringComparer.Ordinal))}");
    }

    /// <summary>The series names on /metrics, histogram suffixes removed, once the batch sent has been counted and projected.</summary>
    private async Task<HashSet<string>> ScrapeUntilProjectedAsync()
    {
        using var http = new HttpClient { DefaultRequestVersion = HttpVersion.Version11 };
        var metricsUri = new Uri(new Uri(fixture.Server.Address), "/metrics");
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (true)
        {
            var names = SeriesNames(await http.GetStringAsync(metricsUri));
            // Both the projection and the ingest observer (which counts the refused event after the ack is written) are
            // asynchronous to the client: wait for each to show.
            if (names.Contains("royaltyledger_projection_events_total") && names.Contains("royaltyledger_usage_events_rejected_total"))
            {
                return names;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"the event sent was not projected within 60 s; /metrics has: {string.Join(", ", names)}");
            await Task.Delay(200);
        }
    }

    private static HashSet<string> SeriesNames(string exposition) =>
        exposition.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => HistogramSuffix().Replace(SeriesName().Match(l).Value, string.Empty)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every royaltyledger_ and orleans_ series named by an alert rule or a dashboard query.</summary>
    private static IEnumerable<string> UsedMetricNames()
    {
        using var dashboard = JsonDocument.Parse(File.ReadAllText(DashboardPath));
        var text = File.ReadAllText(Path.Combine(PrometheusFolder, "royaltyledger-rules.yml")) + "\n"
            + string.Join('\n', dashboard.RootElement.GetProperty("panels").EnumerateArray().SelectMany(Expressions));
        return LedgerSeries().Matches(text).Select(m => HistogramSuffix().Replace(m.Value, string.Empty)).Distinct(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Expressions(JsonElement panel) =>
        panel.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("expr").GetString()!);

    [GeneratedRegex("^[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex SeriesName();

    [GeneratedRegex("_(bucket|count|sum)$")]
    private static partial Regex HistogramSuffix();

    [GeneratedRegex(@"\b(royaltyledger|orleans)_[a-z0-9_]+")]
    private static partial Regex LedgerSeries();
}

/// <summary>Tests that read a real server's /metrics run after the parallel ones, with no other server in the process.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsAlone
{
    public const string Name = "metrics alone";
}
