using Google.Rpc;
using Grpc.Core;
using RoyaltyLedger.Cli;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>Model transparency reports and the models trained on a creator's works, end to end. Run once per store.</summary>
public abstract class TransparencyTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    private Transparency.TransparencyClient Admin => new(Server.Admin.Invoker);

    private async Task<Transparency.TransparencyClient> AsAsync(Role role, string party) => new((await Server.ClientsForAsync(role, party)).Invoker);

    private static string At(Google.Protobuf.WellKnownTypes.Timestamp t) => t.ToDateTimeOffset().ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task GetModelTransparencyReport_LicensedUnlicensedRefused_EachWorkWithUsesTimesAndCreators()
    {
        var c = await TrainedCatalogue.SendAsync(Server, "tr-all");
        var s = c.Slice;

        var report = await Admin.GetModelTransparencyReportAsync(new GetModelTransparencyReportRequest { ModelId = s.Model });

        Assert.Equal((s.Model, s.Operator, "Model", ""), (report.ModelId, report.OperatorId, report.ModelName, report.NextPageToken));
        Assert.Equal([c.Poem, c.Sketch, s.Work], report.Works.Select(w => w.WorkId));
        Assert.Equal(["A Poem", "A Sketch", "The Song"], report.Works.Select(w => w.Title));
        Assert.Equal(["unlicensed", "refused", "licensed"], report.Works.Select(w => string.Join(",", w.LicenceStatuses)));
        var song = report.Works[2];
        Assert.Equal([(UseKind.Training, "licensed", "tokens", 2UL, 1_500_000L, "2026-10-05T12:00:00.0000000+00:00", "2026-11-20T09:00:00.0000000+00:00")],
            song.Uses.Select(u => (u.Use, u.LicenceStatus, u.UnitKind, u.EventCount, u.Units, At(u.FirstUsedAt), At(u.LastUsedAt))));
        Assert.Equal(("2026-10-05T12:00:00.0000000+00:00", "2026-11-20T09:00:00.0000000+00:00"), (At(song.FirstUsedAt), At(song.LastUsedAt)));
        Assert.Equal([(s.Composer, "composer", 6_000U), (s.Lyricist, "lyricist", 4_000U)], song.Creators.Select(x => (x.CreatorId, x.Role, x.ShareBps)));
        Assert.Equal([(UseKind.FineTuning, "refused", 1UL, 200_000L)], report.Works[1].Uses.Select(u => (u.Use, u.LicenceStatus, u.EventCount, u.Units)));
        Assert.Equal([(UseKind.Training, "unlicensed", 1UL, 300_000L)], report.Works[0].Uses.Select(u => (u.Use, u.LicenceStatus, u.EventCount, u.Units)));
        Assert.Equal(
            [(UseKind.Training, "licensed", "tokens", 1UL, 2UL, 1_500_000L), (UseKind.Training, "unlicensed", "tokens", 1UL, 1UL, 300_000L),
             (UseKind.FineTuning, "refused", "tokens", 1UL, 1UL, 200_000L)],
            report.Totals.Select(t => (t.Use, t.LicenceStatus, t.UnitKind, t.WorkCount, t.EventCount, t.Units)));
    }

    [Fact]
    public async Task GetModelTransparencyReport_PageSizeOne_OneWorkPerPageAndTotalsOnTheFirstOnly()
    {
        var c = await TrainedCatalogue.SendAsync(Server, "tr-page");
        var pages = new List<ModelTransparencyReport>();
        var token = "";
        do
        {
            pages.Add(await Admin.GetModelTransparencyReportAsync(new GetModelTransparencyReportRequest { ModelId = c.Slice.Model, PageSize = 1, PageToken = token }));
            token = pages[^1].NextPageToken;
        }
        while (token.Length > 0 && pages.Count < 10);

        Assert.Equal([c.Poem, c.Sketch, c.Slice.Work], pages.Select(p => Assert.Single(p.Works).WorkId));
        Assert.Equal([c.Poem, c.Sketch, ""], pages.Select(p => p.NextPageToken));
        Assert.Equal([3, 0, 0], pages.Select(p => p.Totals.Count));
    }

    [Fact]
    public async Task GetModelTransparencyReport_PageSizeOverLimitOrBadToken_InvalidArgumentNamingField()
    {
        var tooBig = await Assert.ThrowsAsync<RpcException>(() =>
            Admin.GetModelTransparencyReportAsync(new GetModelTransparencyReportRequest { ModelId = "any-model", PageSize = 1_001 }).ResponseAsync);
        var atLimit = await Assert.ThrowsAsync<RpcException>(() =>
            Admin.GetModelTransparencyReportAsync(new GetModelTransparencyReportRequest { ModelId = "tr-unregistered", PageSize = 1_000 }).ResponseAsync);
        var badToken = await Assert.ThrowsAsync<RpcException>(() =>
            Admin.ListModelsTrainedOnCreatorAsync(new ListModelsTrainedOnCreatorRequest { CreatorId = "anyone", PageToken = "no-separator" }).ResponseAsync);

        Assert.Equal(("page_size", "page_size is 1,001, at most 1,000"), Violation(tooBig));
        Assert.Equal((StatusCode.NotFound, "model tr-unregistered is not registered"), (atLimit.StatusCode, atLimit.Status.Detail));
        Assert.Equal(("page_token", "page_token 'no-separator' is not a token this call returned (model/work)"), Violation(badToken));
    }

    [Fact]
    public async Task GetModelTransparencyReport_OtherOperator_PermissionDeniedAndOwnOperatorOrAnyCreatorAllowed()
    {
        var c = await TrainedCatalogue.SendAsync(Server, "tr-acl");
        await Server.Registry.RegisterOperatorAsync(new RegisterOperatorRequest { OperatorId = "tr-acl-other", DisplayName = "Other" });
        await Server.Registry.RegisterCreatorAsync(new RegisterCreatorRequest { CreatorId = "tr-acl-someone-else", DisplayName = "Someone Else" });
        var request = new GetModelTransparencyReportRequest { ModelId = c.Slice.Model };

        var other = await Assert.ThrowsAsync<RpcException>(async () => await (await AsAsync(Role.Operator, "tr-acl-other")).GetModelTransparencyReportAsync(request));
        var own = await (await AsAsync(Role.Operator, c.Slice.Operator)).GetModelTransparencyReportAsync(request);
        var anyCreator = await (await AsAsync(Role.Creator, "tr-acl-someone-else")).GetModelTransparencyReportAsync(request);

        Assert.Equal(StatusCode.PermissionDenied, other.StatusCode);
        Assert.EndsWith($"may not read the transparency report of model {c.Slice.Model}, which belongs to operator {c.Slice.Operator}", other.Status.Detail, StringComparison.Ordinal);
        Assert.StartsWith("operator tr-acl-other (key ", other.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(3, own.Works.Count);
        Assert.Equal(3, anyCreator.Works.Count);
    }

    [Fact]
    public async Task ListModelsTrainedOnCreator_EachCreatorSeesOwnWorksAndNotAnothers()
    {
        var c = await TrainedCatalogue.SendAsync(Server, "tr-creator");
        var s = c.Slice;
        var composer = await AsAsync(Role.Creator, s.Composer);

        var own = await composer.ListModelsTrainedOnCreatorAsync(new ListModelsTrainedOnCreatorRequest { CreatorId = s.Composer });
        var lyricist = await Admin.ListModelsTrainedOnCreatorAsync(new ListModelsTrainedOnCreatorRequest { CreatorId = s.Lyricist, PageSize = 1 });
        var denied = await Assert.ThrowsAsync<RpcException>(async () =>
            await composer.ListModelsTrainedOnCreatorAsync(new ListModelsTrainedOnCreatorRequest { CreatorId = s.Lyricist }));

        var model = Assert.Single(own.Models);
        Assert.Equal((s.Model, s.Operator, ""), (model.ModelId, model.OperatorId, own.NextPageToken));
        Assert.Equal([(c.Sketch, "A Sketch", UseKind.FineTuning, "refused", 1UL), (s.Work, "The Song", UseKind.Training, "licensed", 2UL)],
            model.Works.Select(w => (w.WorkId, w.Title, Assert.Single(w.Uses).Use, w.Uses[0].LicenceStatus, w.Uses[0].EventCount)));
        Assert.Equal([c.Poem], Assert.Single(lyricist.Models).Works.Select(w => w.WorkId));
        Assert.Equal($"{s.Model}/{c.Poem}", lyricist.NextPageToken);
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.EndsWith($"may not list the models trained on the works of creator {s.Lyricist}", denied.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_ModelsTransparencyCsvAndCreatorsTrainedOn_PrintEveryPage()
    {
        var c = await TrainedCatalogue.SendAsync(Server, "tr-cli");
        var s = c.Slice;

        var csv = await RoyaltyAsync("models", "transparency", s.Model, "--format", "csv", "--page-size", "2");
        var table = await RoyaltyAsync("creators", "trained-on", s.Lyricist, "--page-size", "1");

        Assert.Equal(
            "model_id,operator_id,work_id,work_title,use,licence_status,unit_kind,event_count,units,first_used_at,last_used_at,creators\r\n" +
            "tr-cli-model,tr-cli-op,tr-cli-poem,A Poem,training,unlicensed,tokens,1,300000,2026-11-20T09:00:00.000Z,2026-11-20T09:00:00.000Z,tr-cli-lyricist:author:10000\r\n" +
            "tr-cli-model,tr-cli-op,tr-cli-sketch,A Sketch,fine-tuning,refused,tokens,1,200000,2026-11-20T09:00:00.000Z,2026-11-20T09:00:00.000Z,tr-cli-composer:illustrator:10000\r\n" +
            "tr-cli-model,tr-cli-op,tr-cli-song,The Song,training,licensed,tokens,2,1500000,2026-10-05T12:00:00.000Z,2026-11-20T09:00:00.000Z,tr-cli-composer:composer:6000;tr-cli-lyricist:lyricist:4000\r\n",
            csv);
        Assert.Equal(
            "Models trained or fine-tuned on works of creator tr-cli-lyricist: 1\n" +
            "MODEL         OPERATOR   WORK         TITLE     USE       STATUS      EVENTS             UNITS  FIRST USE             LAST USE\n" +
            "tr-cli-model  tr-cli-op  tr-cli-poem  A Poem    training  unlicensed       1    300,000 tokens  2026-11-20T09:00:00Z  2026-11-20T09:00:00Z\n" +
            "tr-cli-model  tr-cli-op  tr-cli-song  The Song  training  licensed         2  1,500,000 tokens  2026-10-05T12:00:00Z  2026-11-20T09:00:00Z\n",
            table);
    }

    [Fact]
    public async Task Cli_ModelsTransparencyCsv_WorkTitledAsFormula_TitleGuardedCountsNumeric()
    {
        var s = await new Slice("tr-formula").RegisterAsync(Server.Admin);
        await Server.Registry.RegisterWorkAsync(new RegisterWorkRequest
        {
            WorkId = "tr-formula-work",
            Title = "=HYPERLINK(\"http://evil\",\"x\")",
            Medium = "text",
            Contributors = { new Contributor { CreatorId = s.Lyricist, Role = "=author", ShareBps = 10_000 } },
        });
        var use = s.Event("t-formula", units: 300_000);
        use.WorkId = "tr-formula-work";
        await s.SendAsync(Server.Ingest, "training", Slice.Batch(1, use));
        await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Lyricist, WaitForProjection = true });

        var models = await RoyaltyAsync("models", "transparency", s.Model, "--format", "csv");
        var creators = await RoyaltyAsync("creators", "trained-on", s.Lyricist, "--format", "csv");

        // The role sits inside the creators cell, after the creator id, where no spreadsheet reads it as a formula.
        Assert.Equal(
            "model_id,operator_id,work_id,work_title,use,licence_status,unit_kind,event_count,units,first_used_at,last_used_at,creators\r\n" +
            "tr-formula-model,tr-formula-op,tr-formula-work,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",training,unlicensed,tokens,1,300000,2026-11-20T09:00:00.000Z,2026-11-20T09:00:00.000Z,tr-formula-lyricist:=author:10000\r\n",
            models);
        Assert.Equal(
            "creator_id,model_id,operator_id,work_id,work_title,use,licence_status,unit_kind,event_count,units,first_used_at,last_used_at\r\n" +
            "tr-formula-lyricist,tr-formula-model,tr-formula-op,tr-formula-work,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",training,unlicensed,tokens,1,300000,2026-11-20T09:00:00.000Z,2026-11-20T09:00:00.000Z\r\n",
            creators);
    }

    private async Task<string> RoyaltyAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RoyaltyCli.RunAsync([.. args, "--server", Server.Address, "--api-key", Server.Admin.ApiKey], output, error);
        Assert.True(exit == 0, $"royalty {string.Join(' ', args)} exited {exit}: {error}");
        // CSV keeps its CRLF line ends; tables are compared with \n.
        return args.Contains("csv") ? output.ToString() : output.ToString().ReplaceLineEndings("\n");
    }

    private static (string Field, string Description) Violation(RpcException error)
    {
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        return (violation.Field, violation.Description);
    }
}

public sealed class SqliteTransparencyTests(SqliteServerFixture fixture) : TransparencyTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresTransparencyTests(PostgresServerFixture fixture) : TransparencyTests(fixture), IClassFixture<PostgresServerFixture>;
