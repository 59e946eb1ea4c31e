using System.CommandLine;
using RoyaltyLedger.Cli.Import;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

internal static class CreatorCommands
{
    public static Command Create()
    {
        var creators = new Command("creators", "Creators: authors, composers, performers, illustrators, photographers, journalists");

        var list = new Command("list", "List registered creators");
        list.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var response = await AllPages.ReadAsync(
                t => s.Registry.ListCreatorsAsync(new ListCreatorsRequest { PageSize = AllPages.PageSize, PageToken = t }, cancellationToken: token).ResponseAsync,
                r => r.NextPageToken, (all, more) => { all.Creators.Add(more.Creators); all.NextPageToken = more.NextPageToken; });
            if (s.Json)
            {
                await JsonOutput.WriteAsync(s.Output, response);
                return;
            }

            var table = new Table("CREATOR", "NAME", "IDENTIFIERS");
            foreach (var c in response.Creators)
            {
                table.Add(c.CreatorId, c.DisplayName, IdentifierOption.Format(c.Identifiers));
            }

            await table.WriteAsync(s.Output);
        }, ct));

        var id = new Option<string>("--id") { Description = "Creator id (letters, digits, . _ : -)", Required = true };
        var name = new Option<string>("--name") { Description = "Display name", Required = true };
        var identifier = IdentifierOption.Create("isni, ipi");
        var add = new Command("add", "Register a creator") { id, name, identifier };
        add.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var request = new RegisterCreatorRequest { CreatorId = parse.GetValue(id), DisplayName = parse.GetValue(name) };
            request.Identifiers.AddRange(IdentifierOption.Parse(parse.GetValue(identifier)));
            var creator = await s.Registry.RegisterCreatorAsync(request, cancellationToken: token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, creator) : s.Output.WriteLineAsync($"registered creator {creator.CreatorId} ({creator.DisplayName})"));
        }, ct));

        creators.Subcommands.Add(list);
        creators.Subcommands.Add(add);
        creators.Subcommands.Add(ImportCommands.Creators());
        creators.Subcommands.Add(TransparencyCommands.CreatorReport());
        return creators;
    }
}
