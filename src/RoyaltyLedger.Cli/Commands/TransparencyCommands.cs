using System.CommandLine;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>`royalty models transparency MODEL` and `royalty creators trained-on CREATOR`: every page, printed as one report.</summary>
internal static class TransparencyCommands
{
    /// <summary>Ends a listing that never reaches its last page (a server whose tokens do not advance) instead of looping.</summary>
    public const int MaxPages = 100_000;

    public static Command ModelReport()
    {
        var model = new Argument<string>("model") { Description = "Model id" };
        var format = ExportFormat.CreateOption();
        var pageSize = PageSizeOption();
        var command = new Command("transparency", "Every work a model was trained or fine-tuned on: licence status, first and last use, creators") { model, format, pageSize };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var modelId = parse.GetValue(model)!;
            var all = new ModelTransparencyReport();
            await AllPagesAsync($"model {modelId}", async pageToken =>
            {
                var page = await s.Transparency.GetModelTransparencyReportAsync(
                    new GetModelTransparencyReportRequest { ModelId = modelId, PageSize = parse.GetValue(pageSize), PageToken = pageToken }, cancellationToken: token);
                (all.ModelId, all.OperatorId, all.ModelName) = (page.ModelId, page.OperatorId, page.ModelName);
                all.Works.AddRange(page.Works);
                all.Totals.AddRange(page.Totals);
                return page.NextPageToken;
            });
            await (ExportFormat.Resolve(parse.GetValue(format), s.Json) switch
            {
                ExportFormat.Json => JsonOutput.WriteAsync(s.Output, all),
                ExportFormat.Csv => s.Output.WriteAsync(TransparencyCsv.Format(all)),
                _ => TransparencyPrinter.WriteAsync(s.Output, all),
            });
        }, ct));
        return command;
    }

    public static Command CreatorReport()
    {
        var creator = new Argument<string>("creator") { Description = "Creator id" };
        var format = ExportFormat.CreateOption();
        var pageSize = PageSizeOption();
        var command = new Command("trained-on", "Which models were trained or fine-tuned on which of a creator's works") { creator, format, pageSize };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var creatorId = parse.GetValue(creator)!;
            var all = new ModelsTrainedOnCreator { CreatorId = creatorId };
            await AllPagesAsync($"creator {creatorId}", async pageToken =>
            {
                var page = await s.Transparency.ListModelsTrainedOnCreatorAsync(
                    new ListModelsTrainedOnCreatorRequest { CreatorId = creatorId, PageSize = parse.GetValue(pageSize), PageToken = pageToken }, cancellationToken: token);
                Merge(all, page);
                return page.NextPageToken;
            });
            await (ExportFormat.Resolve(parse.GetValue(format), s.Json) switch
            {
                ExportFormat.Json => JsonOutput.WriteAsync(s.Output, all),
                ExportFormat.Csv => s.Output.WriteAsync(TransparencyCsv.Format(all)),
                _ => TransparencyPrinter.WriteAsync(s.Output, all),
            });
        }, ct));
        return command;
    }

    private static Option<uint> PageSizeOption() =>
        new("--page-size") { Description = "Works per request (the server's default when 0; at most 1000); every page is printed" };

    private static async Task AllPagesAsync(string subject, Func<string, Task<string>> readPage)
    {
        var pageToken = "";
        for (var pages = 1; ; pages++)
        {
            var next = await readPage(pageToken);
            if (next.Length == 0)
            {
                return;
            }

            if (next == pageToken || pages == MaxPages)
            {
                throw new InvalidDataException($"the server's report on {subject} went from page token '{pageToken}' to '{next}' after {pages:N0} pages without ending");
            }

            pageToken = next;
        }
    }

    /// <summary>A model whose works ran on from the previous page continues in the same entry.</summary>
    private static void Merge(ModelsTrainedOnCreator all, ModelsTrainedOnCreator page)
    {
        foreach (var model in page.Models)
        {
            if (all.Models.Count > 0 && all.Models[^1].ModelId == model.ModelId)
            {
                all.Models[^1].Works.AddRange(model.Works);
            }
            else
            {
                all.Models.Add(model);
            }
        }
    }
}
