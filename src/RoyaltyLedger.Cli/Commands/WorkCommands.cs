using System.CommandLine;
using RoyaltyLedger.Cli.Import;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

internal static class WorkCommands
{
    public static Command Create()
    {
        var works = new Command("works", "Works and their contributors' splits");

        var list = new Command("list", "List registered works with contributors and licences");
        list.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var response = await AllPages.ReadAsync(
                t => s.Registry.ListWorksAsync(new ListWorksRequest { PageSize = AllPages.PageSize, PageToken = t }, cancellationToken: token).ResponseAsync,
                r => r.NextPageToken, (all, more) => { all.Works.Add(more.Works); all.NextPageToken = more.NextPageToken; });
            if (s.Json)
            {
                await JsonOutput.WriteAsync(s.Output, response);
                return;
            }

            var table = new Table("WORK", "TITLE", "MEDIUM", "IDENTIFIERS", "CONTRIBUTORS (bps)", "LICENCES");
            foreach (var w in response.Works)
            {
                var contributors = string.Join(", ", w.Contributors.Select(c => $"{c.CreatorId} {c.Role} {c.ShareBps}"));
                table.Add(w.WorkId, w.Title, w.Medium, IdentifierOption.Format(w.Identifiers), contributors, w.Licences.Count);
            }

            await table.WriteAsync(s.Output);
        }, ct));

        var id = new Option<string>("--id") { Description = "Work id", Required = true };
        var title = new Option<string>("--title") { Description = "Title", Required = true };
        var medium = new Option<string>("--medium") { Description = "text, music, sound_recording, image, video, article or performance", Required = true };
        var contributor = ParsedOptions.Contributors(required: true);
        var identifier = IdentifierOption.Create("iswc, isrc, isbn13, doi, iscc");
        var rightsholder = new Option<string[]>("--rightsholder")
        {
            Description = "Rightsholder whose catalogue holds the work, repeated",
            AllowMultipleArgumentsPerToken = false,
        };
        var add = new Command("add", "Register a work") { id, title, medium, contributor, identifier, rightsholder };
        add.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var request = new RegisterWorkRequest { WorkId = parse.GetValue(id), Title = parse.GetValue(title), Medium = parse.GetValue(medium) };
            request.Contributors.AddRange(parse.GetValue(contributor) ?? []);
            request.Identifiers.AddRange(IdentifierOption.Parse(parse.GetValue(identifier)));
            request.RightsholderIds.AddRange(parse.GetValue(rightsholder) ?? []);
            var work = await s.Registry.RegisterWorkAsync(request, cancellationToken: token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, work) : s.Output.WriteLineAsync($"registered work {work.WorkId} ({work.Title})"));
        }, ct));

        works.Subcommands.Add(list);
        works.Subcommands.Add(add);
        works.Subcommands.Add(ImportCommands.Works());
        works.Subcommands.Add(Import.Cwr.CwrImportCommand.Create());
        works.Subcommands.Add(WorkShowCommand.Create());
        works.Subcommands.Add(WorkAmendSplitsCommand.Create());
        works.Subcommands.Add(SuspenseCommands.LinkIdentifier());
        return works;
    }
}
