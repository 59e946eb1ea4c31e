using System.CommandLine;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

internal static class StatementCommand
{
    public static Command Create()
    {
        var creator = new Option<string>("--creator") { Description = "Creator id", Required = true };
        var statement = new Command("statement", "A creator's statement: which models used which works, how often, what is owed") { creator };
        statement.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var response = await s.Statements.GetCreatorStatementAsync(
                new GetCreatorStatementRequest { CreatorId = parse.GetValue(creator), WaitForProjection = true }, cancellationToken: token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, response) : StatementPrinter.WriteAsync(s.Output, response));
        }, ct));
        return statement;
    }
}
