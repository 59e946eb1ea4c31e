using System.CommandLine;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>`royalty licences list` and `royalty licences get`: licences with their full terms.</summary>
internal static class LicenceReadCommands
{
    public static Command List()
    {
        var party = new Option<string>("--party")
        {
            Description = "Licensor or operator id; default: the caller's own party (admins and societies: every licence)",
        };
        var command = new Command("list", "List licences granted by or to a party") { party };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var response = await AllPages.ReadAsync(
                t => s.Registry.ListLicencesAsync(new ListLicencesRequest { PartyId = parse.GetValue(party) ?? "", PageSize = AllPages.PageSize, PageToken = t }, cancellationToken: token).ResponseAsync,
                r => r.NextPageToken, (all, more) => { all.Licences.Add(more.Licences); all.NextPageToken = more.NextPageToken; });
            if (s.Json)
            {
                await JsonOutput.WriteAsync(s.Output, response);
                return;
            }

            var table = LicencePrinter.NewTable();
            foreach (var licence in response.Licences)
            {
                LicencePrinter.AddRow(table, licence);
            }

            await table.WriteAsync(s.Output);
        }, ct));
        return command;
    }

    public static Command Get()
    {
        var id = new Option<string>("--id") { Description = "Licence id", Required = true };
        var command = new Command("get", "Show one licence's terms") { id };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var licence = await s.Registry.GetLicenceAsync(new GetLicenceRequest { LicenceId = parse.GetValue(id) }, cancellationToken: token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, licence) : LicencePrinter.WriteAsync(s.Output, licence));
        }, ct));
        return command;
    }
}
