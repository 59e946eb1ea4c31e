using System.CommandLine;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>Licence requests: operators ask, creators decide.</summary>
internal static class LicenceCommands
{
    public static Command Create()
    {
        var licences = new Command("licences", "Licence requests: an operator asks before use; every creator of each work decides");
        licences.Subcommands.Add(RequestCommand());
        licences.Subcommands.Add(DecideCommand());
        licences.Subcommands.Add(ShowCommand());
        licences.Subcommands.Add(ListCommand());
        licences.Subcommands.Add(LicenceGrantCommand.Create());
        licences.Subcommands.Add(LicenceReadCommands.List());
        licences.Subcommands.Add(LicenceReadCommands.Get());
        licences.Subcommands.Add(LicenceCoverageCommand.Create());
        return licences;
    }

    private static Command RequestCommand()
    {
        var id = new Option<string>("--id") { Description = "Request id", Required = true };
        var op = new Option<string>("--operator") { Description = "Operator asking", Required = true };
        var works = new Option<string[]>("--work") { Description = "Work id, repeated", Required = true };
        var models = new Option<string[]>("--model") { Description = "Model id, repeated; default: all the operator's models" };
        var uses = new Option<string[]>("--use") { Description = string.Join(", ", UseNames.All) + "; repeated", Required = true };
        var currency = new Option<string>("--currency") { Description = "ISO 4217 code", DefaultValueFactory = _ => "EUR" };
        var price = new Option<long>("--price-micros") { Description = "Proposed price in micros per --per-units", Required = true };
        var perUnits = new Option<long>("--per-units") { Description = "Units the price is for", DefaultValueFactory = _ => 1 };
        var unitKind = new Option<string>("--unit-kind") { Description = "tokens, images, seconds, ...", Required = true };
        var purpose = new Option<string>("--purpose") { Description = "What the works will be used for", Required = true };
        var command = new Command("request", "File a licence request (operator)") { id, op, works, models, uses, currency, price, perUnits, unitKind, purpose };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var request = new FileLicenceRequestRequest
            {
                RequestId = parse.GetValue(id),
                OperatorId = parse.GetValue(op),
                ProposedTariff = new Tariff
                {
                    Currency = parse.GetValue(currency),
                    PriceMicros = parse.GetValue(price),
                    PerUnits = parse.GetValue(perUnits),
                    UnitKind = parse.GetValue(unitKind),
                },
                Purpose = parse.GetValue(purpose),
            };
            request.WorkIds.AddRange(parse.GetValue(works) ?? []);
            request.ModelIds.AddRange(parse.GetValue(models) ?? []);
            request.Uses.AddRange((parse.GetValue(uses) ?? []).Select(UseNames.Parse));
            await WriteAsync(s, await s.LicenceRequests.FileRequestAsync(request, cancellationToken: token));
        }, ct));
        return command;
    }

    private static Command DecideCommand()
    {
        var id = new Option<string>("--request") { Description = "Request id", Required = true };
        var creator = new Option<string>("--creator") { Description = "Deciding creator", Required = true };
        var decision = new Option<string>("--decision") { Description = "approved, declined or countered", Required = true };
        decision.AcceptOnlyFromAmong("approved", "declined", "countered");
        var note = new Option<string>("--note") { Description = "A note to the operator" };
        var command = new Command("decide", "Approve, decline or counter a request (creator)") { id, creator, decision, note };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var updated = await s.LicenceRequests.DecideAsync(new DecideLicenceRequestRequest
            {
                RequestId = parse.GetValue(id),
                CreatorId = parse.GetValue(creator),
                Decision = Enum.Parse<RequestDecision>(parse.GetValue(decision)!, ignoreCase: true),
                Note = parse.GetValue(note) ?? "",
            }, cancellationToken: token);
            await WriteAsync(s, updated);
        }, ct));
        return command;
    }

    private static Command ShowCommand()
    {
        var id = new Option<string>("--request") { Description = "Request id", Required = true };
        var command = new Command("show", "Show a request, its works and every decision") { id };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
            await WriteAsync(s, await s.LicenceRequests.GetRequestAsync(new GetLicenceRequestRequest { RequestId = parse.GetValue(id) }, cancellationToken: token)), ct));
        return command;
    }

    private static Command ListCommand()
    {
        var party = new Option<string>("--party") { Description = "Operator or creator id", Required = true };
        var command = new Command("requests", "List the requests a party filed or is asked about") { party };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var response = await s.LicenceRequests.ListRequestsAsync(new ListLicenceRequestsRequest { PartyId = parse.GetValue(party) }, cancellationToken: token);
            if (s.Json)
            {
                await JsonOutput.WriteAsync(s.Output, response);
                return;
            }

            var table = new Table("REQUEST", "OPERATOR", "STATUS", "WORKS", "LICENSED", "DECLINED");
            foreach (var r in response.Requests)
            {
                table.Add(r.RequestId, r.OperatorId, r.Status, r.Works.Count, r.Works.Count(w => w.Status == "licensed"), r.Works.Count(w => w.Status == "declined"));
            }

            await table.WriteAsync(s.Output);
        }, ct));
        return command;
    }

    private static async Task WriteAsync(CliSession s, LicenceRequest r)
    {
        if (s.Json)
        {
            await JsonOutput.WriteAsync(s.Output, r);
            return;
        }

        await s.Output.WriteLineAsync(
            $"Licence request {r.RequestId} by {r.OperatorId} ({r.Status}): {string.Join(", ", r.Uses.Select(UseNames.Of))} at {r.ProposedTariff.Currency} {MoneyFormat.Micros(r.ProposedTariff.PriceMicros)} per {r.ProposedTariff.PerUnits:N0} {r.ProposedTariff.UnitKind}");
        var works = new Table("WORK", "CREATORS", "STATUS", "LICENCE");
        foreach (var w in r.Works)
        {
            works.Add(w.WorkId, string.Join(", ", w.CreatorIds), w.Status, w.LicenceId);
        }

        await works.WriteAsync(s.Output);
        var decisions = new Table("CREATOR", "DECISION", "NOTE");
        foreach (var d in r.Decisions)
        {
            decisions.Add(d.CreatorId, d.Decision.ToString().ToLowerInvariant(), d.Note);
        }

        await decisions.WriteAsync(s.Output);
    }
}
