using System.CommandLine;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>`royalty works amend-splits`: a new split version from now or a later instant; uses already made keep their split.</summary>
internal static class WorkAmendSplitsCommand
{
    public static Command Create()
    {
        var work = new Option<string>("--work") { Description = "Work id", Required = true };
        var contributors = ParsedOptions.Contributors(required: true);
        var effective = ParsedOptions.Instant("--effective", "When the new split takes effect; default: now; never earlier");
        var note = new Option<string>("--note") { Description = "Why the split changed" };
        var command = new Command("amend-splits", "Change a work's split from now or a later date on") { work, contributors, effective, note };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var request = new AmendSplitsRequest { WorkId = parse.GetValue(work), EffectiveFrom = parse.GetValue(effective), Note = parse.GetValue(note) ?? "" };
            request.Contributors.AddRange(parse.GetValue(contributors) ?? []);
            var amended = await s.Registry.AmendSplitsAsync(request, cancellationToken: token);
            if (s.Json)
            {
                await JsonOutput.WriteAsync(s.Output, amended);
                return;
            }

            await s.Output.WriteLineAsync($"Splits of work {amended.WorkId}, oldest first:");
            await SplitPrinter.WriteAsync(s.Output, amended, TimeProvider.System.GetUtcNow());
        }, ct));
        return command;
    }
}
