using System.Text.Json;
using Grpc.Core;
using RoyaltyLedger.Cli;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>The EU AI Act training-content summary, end to end, on the trained catalogue (licensed, unlicensed, refused, a removal). Run once per store.</summary>
public abstract class AiActSummaryTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    private Transparency.TransparencyClient Admin => new(Server.Admin.Invoker);

    [Fact]
    public async Task GetAiActSummary_TrainedCatalogue_NumbersEqualTheTransparencyReport()
    {
        var c = await TrainedCatalogue.SendAsync(Server, "aa-json");
        var s = c.Slice;
        await new Removals.RemovalsClient(Server.Admin.Invoker).RequestRemovalAsync(
            new RequestRemovalRequest { RequestId = "aa-json-rm", WorkId = c.Sketch, OperatorId = s.Operator, ModelId = s.Model, Reason = "refused fine-tuning" });
        var report = await Admin.GetModelTransparencyReportAsync(new GetModelTransparencyReportRequest { ModelId = s.Model });

        var document = await Admin.GetAiActSummaryAsync(new GetAiActSummaryRequest { ModelId = s.Model, Format = "json" });

        Assert.Equal((s.Model, "json", "royaltyledger.ai-act-summary", 1U), (document.ModelId, document.Format, document.Schema, document.SchemaVersion));
        using var json = JsonDocument.Parse(document.Content);
        var root = json.RootElement;
        var general = root.GetProperty("generalInformation");
        Assert.Equal((s.Operator, "Operator"), (general.GetProperty("provider").GetProperty("operatorId").GetString(), general.GetProperty("provider").GetProperty("name").GetString()));
        Assert.Equal((s.Model, "Model"), (general.GetProperty("model").GetProperty("modelId").GetString(), general.GetProperty("model").GetProperty("name").GetString()));
        Assert.Equal("2026-10-05T12:00:00.000Z", general.GetProperty("trainingUses").GetProperty("first").GetString());
        Assert.Equal(report.Works.Count, general.GetProperty("trainingUses").GetProperty("works").GetInt32());
        Assert.Equal(["image", "music", "text"], general.GetProperty("modalities").EnumerateArray().Select(m => m.GetProperty("key").GetString()));
        var sources = root.GetProperty("dataSources");
        AssertGroup(report, "licensed", sources.GetProperty("licensedByRightsholders"));
        AssertGroup(report, "unlicensed", sources.GetProperty("otherSources").GetProperty("usedWithoutLicence"));
        AssertGroup(report, "refused", sources.GetProperty("otherSources").GetProperty("usedAgainstRefusal"));
        var parties = sources.GetProperty("rightsholders").GetProperty("parties").EnumerateArray()
            .ToDictionary(p => p.GetProperty("partyId").GetString()!, p => (p.GetProperty("licensedWorks").GetInt64(), p.GetProperty("unlicensedWorks").GetInt64(), p.GetProperty("refusedWorks").GetInt64()));
        Assert.Equal((1L, 0L, 1L), parties[s.Composer]);
        Assert.Equal((1L, 1L, 0L), parties[s.Lyricist]);
        var reservation = root.GetProperty("dataProcessing").GetProperty("reservationOfRights");
        Assert.Equal(1, reservation.GetProperty("worksUsedAgainstRefusal").GetInt64());
        var removals = reservation.GetProperty("removals");
        Assert.True(removals.GetProperty("requested").GetInt64() >= 1, $"the removal request aa-json-rm is not counted: {removals}");
        Assert.Equal(removals.GetProperty("requested").GetInt64(),
            removals.GetProperty("open").GetInt64() + removals.GetProperty("attested").GetInt64() + removals.GetProperty("withdrawn").GetInt64());
    }

    [Fact]
    public async Task Cli_AiActSummaryMarkdownToFile_WritesTemplateSections()
    {
        var c = await TrainedCatalogue.SendAsync(Server, "aa-md");
        var file = Path.Combine(Path.GetTempPath(), $"aa-md-{Guid.NewGuid():N}.md");
        try
        {
            var printed = await RoyaltyAsync("models", "ai-act-summary", c.Slice.Model, "--format", "markdown", "--out", file);
            var md = await File.ReadAllTextAsync(file);

            Assert.Equal($"wrote the markdown AI Act summary of model {c.Slice.Model} to {file}\n", printed);
            Assert.StartsWith("# Public summary of training content: Model (aa\\-md\\-model)\n", md, StringComparison.Ordinal);
            Assert.Contains("\n#### 2.2.1 Datasets commercially licensed by rightsholders or their representatives\n\nWorks used under a licence recorded in the ledger: 1 works, 2 use events.\n", md, StringComparison.Ordinal);
            Assert.Contains("**Flagged:** works used without a licence: 1 works, 1 use events.", md, StringComparison.Ordinal);
            Assert.Contains("**Flagged:** works used against a rightsholder's refusal: 1 works, 1 use events.", md, StringComparison.Ordinal);
            Assert.Contains("\n### 2.3 Data crawled and scraped from online sources\n\n*Not filled by the ledger:", md, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task GetAiActSummary_BadFormatOrOtherOperator_RefusedNamingIt()
    {
        var c = await TrainedCatalogue.SendAsync(Server, "aa-acl");
        await Server.Registry.RegisterOperatorAsync(new RegisterOperatorRequest { OperatorId = "aa-acl-other", DisplayName = "Other" });

        var format = await Assert.ThrowsAsync<RpcException>(async () => await Admin.GetAiActSummaryAsync(new GetAiActSummaryRequest { ModelId = c.Slice.Model, Format = "pdf" }));
        var other = await Assert.ThrowsAsync<RpcException>(async () =>
            await new Transparency.TransparencyClient((await Server.ClientsForAsync(Role.Operator, "aa-acl-other")).Invoker)
                .GetAiActSummaryAsync(new GetAiActSummaryRequest { ModelId = c.Slice.Model }));
        var own = await new Transparency.TransparencyClient((await Server.ClientsForAsync(Role.Operator, c.Slice.Operator)).Invoker)
            .GetAiActSummaryAsync(new GetAiActSummaryRequest { ModelId = c.Slice.Model });
        var missing = await Assert.ThrowsAsync<RpcException>(async () => await Admin.GetAiActSummaryAsync(new GetAiActSummaryRequest { ModelId = "aa-acl-nobody" }));

        Assert.Equal(StatusCode.InvalidArgument, format.StatusCode);
        Assert.Contains("format 'pdf' is not json or markdown", format.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.PermissionDenied, other.StatusCode);
        Assert.EndsWith($"may not read the AI Act summary of model {c.Slice.Model}, which belongs to operator {c.Slice.Operator}", other.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("json", own.Format);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }

    private static void AssertGroup(ModelTransparencyReport report, string status, JsonElement group)
    {
        var totals = report.Totals.Where(t => t.LicenceStatus == status).ToList();
        Assert.Equal((long)totals.Sum(t => (long)t.EventCount), group.GetProperty("events").GetInt64());
        Assert.Equal(report.Works.Count(w => w.LicenceStatuses.Contains(status)), group.GetProperty("works").GetInt32());
    }

    private async Task<string> RoyaltyAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RoyaltyCli.RunAsync([.. args, "--server", Server.Address, "--api-key", Server.Admin.ApiKey], output, error);
        Assert.True(exit == 0, $"royalty {string.Join(' ', args)} exited {exit}: {error}");
        return output.ToString().ReplaceLineEndings("\n");
    }
}

public sealed class SqliteAiActSummaryTests(SqliteServerFixture fixture) : AiActSummaryTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresAiActSummaryTests(PostgresServerFixture fixture) : AiActSummaryTests(fixture), IClassFixture<PostgresServerFixture>;
