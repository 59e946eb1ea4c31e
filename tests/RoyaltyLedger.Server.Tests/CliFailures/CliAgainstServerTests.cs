using System.Text.Json;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests.CliFailures;

/// <summary>Issue 14's CLI findings, against the real server on SQLite: each as a new user met it, and what they see now.</summary>
public sealed class CliAgainstServerTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-cli-server-").FullName;

    private LedgerServer Server => fixture.Server;

    private Task<(int Exit, string Output, string Error)> RoyaltyAsync(params string[] args) => Server.RoyaltyAsync(Server.Admin.ApiKey, args);

    [Fact]
    public async Task Demo_RunTwice_RecordsEachConsentOnceAndSaysSo()
    {
        var first = await RoyaltyAsync("demo");
        var second = await RoyaltyAsync("demo");

        Assert.True(first.Exit == 0, $"first demo exited {first.Exit}: {first.Error}");
        Assert.True(second.Exit == 0, $"second demo exited {second.Exit}: {second.Error}");
        Assert.Contains("4 consent decisions\n", first.Output, StringComparison.Ordinal);
        Assert.Contains("4 consent decisions (0 recorded now, 4 already in force: the demo was run before)\n", second.Output, StringComparison.Ordinal);
        foreach (var creator in new[] { "lucas-martin", "sofia-reyes", "ada-okafor", "jonas-berg" })
        {
            var history = await Server.Admin.Consents.ListConsentsAsync(new ListConsentsRequest { CreatorId = creator, IncludeHistory = true });
            Assert.True(history.Consents.Count == 1, $"{creator} has {history.Consents.Count} consent records after two demo runs: {history.Consents}");
        }
    }

    [Fact]
    public async Task WorksList_LicensedWork_CountsTheLicencesGetWorkShows()
    {
        await RoyaltyAsync("creators", "add", "--id", "wl-ann", "--name", "Ann");
        await RoyaltyAsync("operators", "add", "--id", "wl-op", "--name", "Op");
        await RoyaltyAsync("works", "add", "--id", "wl-song", "--title", "Song", "--medium", "music", "--contributor", "wl-ann:composer:10000");
        await RoyaltyAsync("works", "add", "--id", "wl-other", "--title", "Other", "--medium", "music", "--contributor", "wl-ann:composer:10000");
        var granted = await RoyaltyAsync("licences", "grant", "--id", "wl-lic", "--operator", "wl-op", "--licensor-creator", "wl-ann",
            "--work", "wl-song", "--use", "training", "--price-micros", "1000", "--unit-kind", "tokens", "--per-units", "1000");
        Assert.True(granted.Exit == 0, granted.Error);

        var list = await RoyaltyAsync("works", "list");
        var json = await RoyaltyAsync("works", "list", "--json");

        Assert.Equal(0, list.Exit);
        var rows = list.Output.Split('\n').Where(l => l.StartsWith("wl-", StringComparison.Ordinal)).ToDictionary(l => l.Split(' ')[0], l => l.TrimEnd().Split(' ')[^1]);
        Assert.Equal(("1", "0"), (rows["wl-song"], rows["wl-other"]));
        using var document = JsonDocument.Parse(json.Output);
        var song = document.RootElement.GetProperty("works").EnumerateArray().Single(w => w.GetProperty("workId").GetString() == "wl-song");
        Assert.Equal("wl-lic", song.GetProperty("licences")[0].GetProperty("licenceId").GetString());
    }

    [Fact]
    public async Task AnyCommand_ServerWithoutScheme_ReachesTheServerOverHttp()
    {
        var hostAndPort = new Uri(Server.Address).Authority;

        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await RoyaltyLedger.Cli.RoyaltyCli.RunAsync(["keys", "whoami", "--server", hostAndPort, "--api-key", Server.Admin.ApiKey], output, error);

        Assert.True(exit == 0, $"royalty --server {hostAndPort} exited {exit}: {output}{error}");
    }

    [Fact]
    public async Task ManifestsSubmit_AdminKeyWithoutOperator_NamesTheMissingOperatorInOneLine()
    {
        var path = Path.Combine(_folder, "manifest.csv");
        await File.WriteAllTextAsync(path, "work_id,units,unit_kind\nw-1,10,tokens\n");

        var (exit, output, error) = await RoyaltyAsync("manifests", "submit", path, "--manifest-id", "m-noop", "--model", "some-model", "--trained-at", "2026-11-01T00:00:00Z");

        Assert.Equal((1, ""), (exit, output));
        Assert.Equal("error: the server refused the request: operator_id: operator_id is required: name the operator that trained the model (royalty manifests submit --operator <id>)\n", error);
    }

    [Fact]
    public async Task WorksShow_NotRegisteredWithJson_JsonErrorWithTheGrpcCode()
    {
        var (exit, output, error) = await RoyaltyAsync("works", "show", "--id", "no-such-work", "--json");

        Assert.Equal((1, ""), (exit, output));
        using var document = JsonDocument.Parse(error);
        Assert.Equal("NOT_FOUND", document.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("work no-such-work is not registered", document.RootElement.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task WorksImport_StrayQuote_OneLineNamingFileRowAndColumnAndNothingRegistered()
    {
        var path = Path.Combine(_folder, "works.csv");
        await File.WriteAllTextAsync(path, "work_id,title,medium,contributors\nsq-ok,Fine,music,sq-ann:composer:10000\nsq-bad,\"Harbour \"Lights,music,sq-ann:composer:10000\n");
        await RoyaltyAsync("creators", "add", "--id", "sq-ann", "--name", "Ann");

        var (exit, output, error) = await RoyaltyAsync("works", "import", path);

        Assert.Equal((1, ""), (exit, output));
        Assert.Equal($"error: {path} row 3, column 2 (title): a quote is misplaced or unclosed near '\"Harbour \"Lights'; a field with quotes must be quoted whole, with each inner quote doubled (\"Harbour \"\"Lights\"\"\")\n", error);
        await Assert.ThrowsAsync<global::Grpc.Core.RpcException>(() => Server.Registry.GetWorkAsync(new GetWorkRequest { WorkId = "sq-ok" }).ResponseAsync);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
