using System.Text;
using System.Text.Json.Nodes;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;
using static RoyaltyLedger.Server.Tests.Dsr.DsrLines;

namespace RoyaltyLedger.Server.Tests.Dsr;

/// <summary>
/// `royalty usage import-dsr` against the real server on each store: usages are rated as the ledger rates any use,
/// an unknown ISRC waits in suspense, a bad line is reported and the rest counted, and importing again counts nothing twice.
/// </summary>
public abstract class DsrImportTests(ServerFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-dsr-").FullName;

    private LedgerServer Server => fixture.Server;

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return path;
    }

    private async Task<(int Exit, JsonNode Report, string Error)> ImportAsync(Slice s, string path, params string[] extra)
    {
        var (exit, output, error) = await Server.RoyaltyAsync(Server.Admin.ApiKey,
            ["usage", "import-dsr", path, "--operator", s.Operator, "--model", s.Model, "--use", "training", "--unit-kind", "tokens", "--json", .. extra]);
        Assert.True(exit is 0 or 2, $"import-dsr exited {exit}: {error}");
        return (exit, JsonNode.Parse(output)!, error);
    }

    private static (long Usage, long Malformed, long Counted, long Duplicates, long Held) Totals(JsonNode r) =>
        ((long)r["usageRecords"]!, (long)r["malformed"]!, (long)r["counted"]!, (long)r["duplicates"]!, (long)r["alreadyHeld"]!);

    private async Task<StatementLine> ComposerLineAsync(Slice s)
    {
        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        Assert.Equal(0UL, statement.PendingBatches);
        return Assert.Single(statement.Lines);
    }

    [Fact]
    public async Task ImportDsr_SameFileTwice_CountsEachUsageOnceAndSendsTheUnknownIsrcToSuspense()
    {
        var s = await new Slice("dsr-rt").RegisterAsync(Server.Admin);
        await Server.Registry.LinkWorkIdentifiersAsync(new LinkWorkIdentifiersRequest { WorkId = s.Work, Identifiers = { new Identifier { Scheme = "isrc", Value = "QZDSR2600001" } } });
        string[] lines =
        [
            Head(messageId: "RT-1"), "#SU02.03\tBlockId\tSummaryRecordId", Summary(territory: "DE"),
            Release("B1"), Resource("B1", "1", "QZ-DSR-26-00001"), Resource("B1", "2", "QZDSR2600099"),
            Streams("B1", "1", "1000000"), Streams("B1", "2", "500"), Streams("B1", "1", "many"), Foot(10),
        ];
        var path = Write("DSR_Society_Streamo_PremiumService_2026-11_DE_20261201T100000.tsv", lines);
        var reportPath = Path.Combine(_folder, "rejections.csv");

        var first = await ImportAsync(s, path, "--report", reportPath);
        var line = await ComposerLineAsync(s);
        var second = await ImportAsync(s, path);
        var after = await ComposerLineAsync(s);
        var suspense = await Server.Registry.ListUnidentifiedUsageAsync(new ListUnidentifiedUsageRequest { Limit = 1_000 });

        Assert.Equal((2, (3L, 1L, 2L, 0L, 0L)), (first.Exit, Totals(first.Report)));
        Assert.Equal((2, (3L, 1L, 0L, 0L, 2L)), (second.Exit, Totals(second.Report)));
        Assert.Equal(first.Report["stream"]!.ToString(), second.Report["stream"]!.ToString());
        Assert.Equal("line 9, SU02.03 NumberOfStreams: NumberOfStreams 'many' is not a number (malformed, not sent)", (string)first.Report["problems"]![0]!["text"]!);
        Assert.Equal(
            "line,record_type,field,value,outcome,message\n9,SU02.03,NumberOfStreams,many,malformed,NumberOfStreams 'many' is not a number\n",
            File.ReadAllText(reportPath).ReplaceLineEndings("\n"));
        // 1,000,000 tokens at 2 EUR per million, the composer's 60 %: 1.20 EUR.
        Assert.Equal((1UL, 1_200_000_000L, UseKind.Training, "2026-11", "licensed"), (line.EventCount, line.AmountNanos.N(), line.Use, line.Period, line.LicenceStatus));
        Assert.Equal(line, after);
        var waiting = Assert.Single(suspense.Groups, g => g.WorkRef?.Value == "QZDSR2600099");
        Assert.Equal((1UL, 500L, "tokens", "isrc"), (waiting.EventCount, waiting.Units, waiting.UnitKind, waiting.WorkRef.Scheme));
    }

    [Fact]
    public async Task ImportDsr_SameLinesUnderTheSameMessageInAnotherFile_AreDuplicates()
    {
        var s = await new Slice("dsr-dup").RegisterAsync(Server.Admin);
        await Server.Registry.LinkWorkIdentifiersAsync(new LinkWorkIdentifiersRequest { WorkId = s.Work, Identifiers = { new Identifier { Scheme = "isrc", Value = "QZDSR2600002" } } });
        string[] lines = [Head(messageId: "DUP-1"), Summary(), Resource("B1", "1", "QZDSR2600002"), Streams("B1", "1", "1000000")];
        var original = Write("original.tsv", lines);
        // Same MessageId, same lines, other content after them: a corrected file that reuses the MessageId, which the standard forbids.
        var reissued = Write("reissued.tsv", [.. lines, Streams("B1", "1", "1000000", transaction: "T2")]);

        var first = await ImportAsync(s, original);
        var second = await ImportAsync(s, reissued);
        var line = await ComposerLineAsync(s);

        Assert.Equal((0, (1L, 0L, 1L, 0L, 0L)), (first.Exit, Totals(first.Report)));
        Assert.Equal((0, (2L, 0L, 1L, 1L, 0L)), (second.Exit, Totals(second.Report)));
        Assert.Equal(2UL, line.EventCount);
    }

    [Fact]
    public async Task ImportDsr_NoHeadOrMissingFile_FailsBeforeSendingNamingTheFile()
    {
        var s = new Slice("dsr-nohead");
        var csv = Write("usage.csv", "model_id,work_id");
        var missing = Path.Combine(_folder, "missing.tsv");

        var (exit, _, error) = await Server.RoyaltyAsync(Server.Admin.ApiKey, "usage", "import-dsr", csv, "--operator", s.Operator, "--model", s.Model);
        var (exitMissing, _, errorMissing) = await Server.RoyaltyAsync(Server.Admin.ApiKey, "usage", "import-dsr", missing, "--operator", s.Operator, "--model", s.Model);

        Assert.Equal((1, $"error: {csv} line 1: the first record must be HEAD, found 'model_id,work_id'; is this a tab-separated DDEX DSR file?\n"), (exit, error));
        Assert.Equal((1, $"error: {missing} does not exist\n"), (exitMissing, errorMissing));
    }

    public void Dispose()
    {
        TempFolder.Delete(_folder);
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDsrImportTests(SqliteServerFixture fixture) : DsrImportTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresDsrImportTests(PostgresServerFixture fixture) : DsrImportTests(fixture), IClassFixture<PostgresServerFixture>;
