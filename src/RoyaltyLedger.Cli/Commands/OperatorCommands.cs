using System.CommandLine;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

internal static class OperatorCommands
{
    public static Command Create()
    {
        var operators = new Command("operators", "Operators: AI platforms that report usage");

        var list = new Command("list", "List registered operators");
        list.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var response = await AllPages.ReadAsync(
                t => s.Registry.ListOperatorsAsync(new ListOperatorsRequest { PageSize = AllPages.PageSize, PageToken = t }, cancellationToken: token).ResponseAsync,
                r => r.NextPageToken, (all, more) => { all.Operators.Add(more.Operators); all.NextPageToken = more.NextPageToken; });
            if (s.Json)
            {
                await JsonOutput.WriteAsync(s.Output, response);
                return;
            }

            var table = new Table("OPERATOR", "NAME");
            foreach (var o in response.Operators)
            {
                table.Add(o.OperatorId, o.DisplayName);
            }

            await table.WriteAsync(s.Output);
        }, ct));

        var id = new Option<string>("--id") { Description = "Operator id", Required = true };
        var name = new Option<string>("--name") { Description = "Display name", Required = true };
        var add = new Command("add", "Register an operator") { id, name };
        add.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var op = await s.Registry.RegisterOperatorAsync(
                new RegisterOperatorRequest { OperatorId = parse.GetValue(id), DisplayName = parse.GetValue(name) }, cancellationToken: token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, op) : s.Output.WriteLineAsync($"registered operator {op.OperatorId} ({op.DisplayName})"));
        }, ct));

        operators.Subcommands.Add(list);
        operators.Subcommands.Add(add);
        return operators;
    }
}
