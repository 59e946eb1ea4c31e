using System.CommandLine;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>`royalty works show`: one work with its identifiers, rightsholders, every split version and its licences.</summary>
internal static class WorkShowCommand
{
    public static Command Create()
    {
        var id = new Option<string>("--id") { Description = "Work id", Required = true };
        var command = new Command("show", "Show a work: identifiers, rightsholders, split history and licences") { id };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var work = await s.Registry.GetWorkAsync(new GetWorkRequest { WorkId = parse.GetValue(id) }, cancellationToken: token);
            if (s.Json)
            {
                await JsonOutput.WriteAsync(s.Output, work);
                return;
            }

            await s.Output.WriteLineAsync($"Work {work.WorkId}: \"{work.Title}\" ({work.Medium})");
            await s.Output.WriteLineAsync($"  identifiers:   {(work.Identifiers.Count == 0 ? "none" : IdentifierOption.Format(work.Identifiers))}");
            await s.Output.WriteLineAsync($"  rightsholders: {(work.RightsholderIds.Count == 0 ? "none" : string.Join(", ", work.RightsholderIds))}");
            await s.Output.WriteLineAsync("Splits, oldest first:");
            await SplitPrinter.WriteAsync(s.Output, work, TimeProvider.System.GetUtcNow());
            await s.Output.WriteLineAsync("Licences:");
            if (work.Licences.Count == 0)
            {
                await s.Output.WriteLineAsync("  none");
                return;
            }

            var licences = LicencePrinter.NewTable();
            foreach (var licence in work.Licences)
            {
                LicencePrinter.AddRow(licences, licence);
            }

            await licences.WriteAsync(s.Output);
        }, ct));
        return command;
    }
}
