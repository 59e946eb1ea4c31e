using System.CommandLine;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.Exports;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

internal static class StatementCommand
{
    public static Command Create()
    {
        var creator = new Option<string>("--creator") { Description = "Creator id", Required = true };
        var from = new Option<string?>("--from") { Description = "First month of use to include, yyyy-MM (default: open)" };
        var to = new Option<string?>("--to") { Description = "Last month of use to include, yyyy-MM (default: open)" };
        var format = ExportFormat.CreateOption();
        var wait = StatementWaitOption.Create();
        var (withProofs, proofsOut) = StatementProofOptions.Create();
        var statement = new Command("statement", "A creator's statement: which models used which works, how often, what is owed, and how far behind the usage log it is")
        {
            creator, from, to, format, wait, withProofs, proofsOut,
        };
        statement.Validators.Add(StatementProofOptions.Validate);
        statement.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            // Without --wait the server answers at once with what is projected and says how far that goes.
            var waitFor = parse.GetValue(wait);
            var request = new GetCreatorStatementRequest
            {
                CreatorId = parse.GetValue(creator),
                WaitForProjection = waitFor is not null,
                MaxProjectionWaitMs = (uint)(waitFor ?? TimeSpan.Zero).TotalMilliseconds,
                PeriodFrom = parse.GetValue(from) ?? "",
                PeriodTo = parse.GetValue(to) ?? "",
            };
            if (parse.GetValue(withProofs))
            {
                await StatementProofOptions.WriteAsync(s, request, parse.GetValue(proofsOut)!, token);
                return;
            }

            var response = await s.Statements.GetCreatorStatementAsync(request, cancellationToken: token);
            await (ExportFormat.Resolve(parse.GetValue(format), s.Json) switch
            {
                ExportFormat.Json => JsonOutput.WriteAsync(s.Output, response),
                ExportFormat.Csv => s.Output.WriteAsync(StatementCsv.Format(response)),
                _ => StatementPrinter.WriteAsync(s.Output, response),
            });
        }, ct));
        return statement;
    }
}
