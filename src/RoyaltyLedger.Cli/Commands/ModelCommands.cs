using System.CommandLine;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

internal static class ModelCommands
{
    public static Command Create()
    {
        var models = new Command("models", "AI models, each owned by one operator");

        var list = new Command("list", "List registered models");
        list.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var response = await AllPages.ReadAsync(
                t => s.Registry.ListModelsAsync(new ListModelsRequest { PageSize = AllPages.PageSize, PageToken = t }, cancellationToken: token).ResponseAsync,
                r => r.NextPageToken, (all, more) => { all.Models.Add(more.Models); all.NextPageToken = more.NextPageToken; });
            if (s.Json)
            {
                await JsonOutput.WriteAsync(s.Output, response);
                return;
            }

            var table = new Table("MODEL", "OPERATOR", "NAME");
            foreach (var m in response.Models)
            {
                table.Add(m.ModelId, m.OperatorId, m.DisplayName);
            }

            await table.WriteAsync(s.Output);
        }, ct));

        var id = new Option<string>("--id") { Description = "Model id", Required = true };
        var op = new Option<string>("--operator") { Description = "Owning operator id", Required = true };
        var name = new Option<string>("--name") { Description = "Display name", Required = true };
        var add = new Command("add", "Register a model") { id, op, name };
        add.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var model = await s.Registry.RegisterModelAsync(new RegisterModelRequest
            {
                ModelId = parse.GetValue(id),
                OperatorId = parse.GetValue(op),
                DisplayName = parse.GetValue(name),
            }, cancellationToken: token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, model) : s.Output.WriteLineAsync($"registered model {model.ModelId} of {model.OperatorId}"));
        }, ct));

        models.Subcommands.Add(list);
        models.Subcommands.Add(add);
        models.Subcommands.Add(TransparencyCommands.ModelReport());
        models.Subcommands.Add(AiActSummaryCommand.Create());
        return models;
    }
}
