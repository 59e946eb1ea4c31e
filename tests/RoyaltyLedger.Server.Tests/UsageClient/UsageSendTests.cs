using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using RoyaltyLedger.Cli;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests.UsageClient;

/// <summary>`royalty usage send` run in-process against the real server: resume by rerun, and per-row problems.</summary>
public sealed class UsageSendTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>, IDisposable
{
    private const string Header = "model_id,work_id,use,units,unit_kind,attribution_weight_ppm,occurred_at,attribution_method,attribution_method_version";

    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-usage-send-").FullName;

    private async Task<(int Exit, string Output, string Error)> RoyaltyAsync(string apiKey, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RoyaltyCli.RunAsync([.. args, "--server", fixture.Server.Address, "--api-key", apiKey], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string CsvRow(Slice s, int i, string use = "training", string units = "1000", string weight = "1000000", string at = "2026-11-20T09:00:00Z") =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Model},{s.Work},{use},{units},tokens,{weight},{at},manifest,1");

    private static string JsonRow(Slice s, int i) => i % 2 == 0
        ? $$"""{"event_id":"json-{{i}}","model_id":"{{s.Model}}","work_id":"{{s.Work}}","use":"training","units":{{1_000 + i}},"unit_kind":"tokens","attribution_weight_ppm":1000000,"occurred_at":"2026-11-20T09:00:00Z"}"""
        : $$"""{"model_id":"{{s.Model}}","work_id":"{{s.Work}}","use":"retrieval","units":"7","unit_kind":"tokens","attribution_weight_ppm":250000,"occurred_at":"2026-11-20 09:00:00+01:00","territory":"DE"}""";

    private string Write(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n", Encoding.UTF8);
        return path;
    }

    [Theory]
    [InlineData("csv", true)]
    [InlineData("jsonl", false)]
    public async Task Send_RunTwice_SecondRunCountsNothingNew(string format, bool operatorKey)
    {
        var s = await new Slice($"send-twice-{format}").RegisterAsync(fixture.Server.Admin);
        var path = format == "csv"
            ? Write("usage.csv", [Header, .. Enumerable.Range(0, 2_500).Select(i => CsvRow(s, i))])
            : Write("usage.jsonl", Enumerable.Range(0, 2_500).Select(i => JsonRow(s, i)));
        var key = operatorKey ? (await fixture.Server.ClientsForAsync(Role.Operator, s.Operator)).ApiKey : fixture.Server.Admin.ApiKey;
        string[] send = operatorKey ? ["usage", "send", path, "--json"] : ["usage", "send", path, "--json", "--operator", s.Operator];

        var first = await RoyaltyAsync(key, send);
        var second = await RoyaltyAsync(key, send);

        Assert.True(first.Exit == 0, $"first run exited {first.Exit}: {first.Error}");
        var one = JsonNode.Parse(first.Output)!;
        Assert.Equal((2_500L, 2_500L, 2_500L, 0L, 0L), Totals(one));
        Assert.True(second.Exit == 0, $"second run exited {second.Exit}: {second.Error}");
        var two = JsonNode.Parse(second.Output)!;
        Assert.Equal((2_500L, 0L, 0L, 0L, 2_500L), Totals(two));
        var stream = (string)one["stream"]!;
        Assert.Equal(stream, (string)two["stream"]!);
        Assert.StartsWith($"{s.Operator}/file-usage.{format}-", stream, StringComparison.Ordinal);
        Assert.Equal(new UsageLogTotals(3, 2_500, 3), await UsageLogTotals.ReadAsync(fixture.LedgerPath, s.Operator, stream.Split('/')[1]));

        // On another stream the batches are new, but the rows keep their ids: every one is a duplicate.
        var third = await RoyaltyAsync(key, [.. send, "--stream", "elsewhere"]);
        Assert.Equal((0, 0L, 2_500L), (third.Exit, (long)JsonNode.Parse(third.Output)!["counted"]!, (long)JsonNode.Parse(third.Output)!["duplicates"]!));
        Assert.Equal(2_500, await UsageLogTotals.CountedForOperatorAsync(fixture.LedgerPath, s.Operator));
    }

    private static (long Rows, long Sent, long Counted, long Duplicates, long Held) Totals(JsonNode report) =>
        ((long)report["rows"]!, (long)report["sent"]!, (long)report["counted"]!, (long)report["duplicates"]!, (long)report["alreadyHeld"]!);

    [Fact]
    public async Task Send_MalformedRowsAndAnInvalidEvent_ReportsEachByLineAndSendsTheRest()
    {
        var s = await new Slice("send-bad").RegisterAsync(fixture.Server.Admin);
        var path = Write("mixed usage.csv",
        [
            Header,
            CsvRow(s, 0),
            CsvRow(s, 1, units: "twelve"),
            CsvRow(s, 2, weight: "1200000"),
            CsvRow(s, 3, use: "painting"),
            CsvRow(s, 4, at: "2026-13-45T09:00:00Z"),
            CsvRow(s, 5),
        ]);

        var result = await RoyaltyAsync(fixture.Server.Admin.ApiKey, "usage", "send", path, "--operator", s.Operator);

        Assert.True(result.Exit == 2, $"exited {result.Exit}: {result.Error}");
        var lines = result.Output.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("rows read:               6", lines);
        Assert.Contains("malformed:               3  (not sent)", lines);
        Assert.Contains("counted:                 2", lines);
        Assert.Contains("rejected:                1", lines);
        var problems = lines.SkipWhile(l => l != "4 rows not counted:").Skip(1).TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(
        [
            "  line 3, units: units 'twelve' is not a whole number (malformed, not sent)",
            "  line 4, attribution_weight_ppm: attribution_weight_ppm is 1,200,000, expected 0 to 1,000,000 (rejected: invalid-value)",
            "  line 5, use: use 'painting' is not one of training, fine-tuning, retrieval, output (malformed, not sent)",
            "  line 6, occurred_at: occurred_at '2026-13-45T09:00:00Z' is not an ISO 8601 date and time, e.g. 2026-11-20T09:00:00Z (malformed, not sent)",
        ], problems);
        Assert.Equal(2, await UsageLogTotals.CountedForOperatorAsync(fixture.LedgerPath, s.Operator));
    }

    [Fact]
    public async Task Send_BrokenJsonLinesAndUnknownColumn_ReportedPerRowOrForTheFile()
    {
        var s = await new Slice("send-json-bad").RegisterAsync(fixture.Server.Admin);
        var path = Write("broken.jsonl", [JsonRow(s, 0), "{\"model_id\": ", JsonRow(s, 2).Replace("\"units\"", "\"unit\"", StringComparison.Ordinal), JsonRow(s, 4)]);
        var badHeader = Write("bad-header.csv", [Header.Replace("units", "unit", StringComparison.Ordinal), CsvRow(s, 0)]);

        var json = await RoyaltyAsync(fixture.Server.Admin.ApiKey, "usage", "send", path, "--operator", s.Operator, "--json");
        var csv = await RoyaltyAsync(fixture.Server.Admin.ApiKey, "usage", "send", badHeader, "--operator", s.Operator);

        Assert.Equal(2, json.Exit);
        var report = JsonNode.Parse(json.Output)!;
        Assert.Equal((4L, 2L, 2L), ((long)report["rows"]!, (long)report["malformed"]!, (long)report["counted"]!));
        var problems = report["problems"]!.AsArray().Select(p => ((int)p!["line"]!, (string)p["text"]!)).ToList();
        Assert.Equal(2, problems[0].Item1);
        Assert.StartsWith("line 2, json: not valid JSON at character", problems[0].Item2, StringComparison.Ordinal);
        Assert.Equal((3, "line 3, unit: 'unit' is not a usage column; the columns are " + string.Join(", ", Cli.Usage.UsageColumns.All) + " (malformed, not sent)"), problems[1]);
        Assert.Equal(1, csv.Exit);
        Assert.Equal($"error: {badHeader} has column(s) 'unit' that no usage event has; the columns are {string.Join(", ", Cli.Usage.UsageColumns.All)}\n",
            csv.Error.ReplaceLineEndings("\n"));
    }

    public void Dispose() => TempFolder.Delete(_folder);
}
