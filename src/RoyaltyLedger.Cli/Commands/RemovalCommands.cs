using System.CommandLine;
using System.Security.Cryptography;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>`royalty removals request|list|attest|show|withdraw`: removal of works from models, with the operator's evidence.</summary>
internal static class RemovalCommands
{
    public static Command Create()
    {
        var removals = new Command("removals", "Ask an operator to remove a work from its models; operators attest removal with evidence");
        removals.Subcommands.Add(RequestCommand());
        removals.Subcommands.Add(ListCommand());
        removals.Subcommands.Add(AttestCommand());
        removals.Subcommands.Add(ShowCommand());
        removals.Subcommands.Add(WithdrawCommand());
        return removals;
    }

    private static Command RequestCommand()
    {
        var work = new Option<string>("--work") { Description = "The work to remove", Required = true };
        var op = new Option<string>("--operator") { Description = "The operator to remove it", Required = true };
        var model = new Option<string>("--model") { Description = "One of the operator's models; default: all of them" };
        var reason = new Option<string>("--reason") { Description = "Why, up to 1,000 characters", Required = true };
        var id = new Option<string>("--id") { Description = "Request id, so that a retry is safe; default: a new rm-<random> id" };
        var command = new Command("request", "Ask an operator to remove a work from a model or from all its models (creator, society or admin)")
        {
            work, op, model, reason, id,
        };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var removal = await s.Removals.RequestRemovalAsync(new RequestRemovalRequest
            {
                RequestId = parse.GetValue(id) ?? "rm-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
                WorkId = parse.GetValue(work),
                OperatorId = parse.GetValue(op),
                ModelId = parse.GetValue(model) ?? "",
                Reason = parse.GetValue(reason),
            }, cancellationToken: token);
            await RemovalPrinter.WriteAsync(s, removal);
        }, ct));
        return command;
    }

    private static Command ListCommand()
    {
        var status = new Option<string>("--status") { Description = "open, attested (violated requests are attested) or withdrawn; default: every request" };
        status.AcceptOnlyFromAmong("open", "attested", "withdrawn");
        var limit = new Option<int>("--limit") { Description = "Requests per page, 1 to 100 (default 50)" };
        var page = new Option<string>("--page-token") { Description = "The token a previous page printed" };
        var command = new Command("list", "The removal requests you may see: addressed to your operator, for your works, your members' works, or all (admin)")
        {
            status, limit, page,
        };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var response = await s.Removals.ListRemovalRequestsAsync(new ListRemovalRequestsRequest
            {
                Status = parse.GetValue(status) ?? "",
                Limit = parse.GetValue(limit),
                PageToken = parse.GetValue(page) ?? "",
            }, cancellationToken: token);
            await RemovalPrinter.WriteAsync(s, response);
        }, ct));
        return command;
    }

    private static Command AttestCommand()
    {
        var request = new Argument<string>("request") { Description = "The removal request's id" };
        var version = new Option<string>("--model-version") { Description = "The dataset or model version that no longer holds the work", Required = true };
        var method = new Option<string>("--method") { Description = "How the work was removed", Required = true };
        var removedAt = ParsedOptions.Instant("--removed-at", "When it was removed");
        removedAt.Required = true;
        var hash = new Option<string>("--content-hash") { Description = "SHA-256 of what was removed, 64 hexadecimal characters", Required = true };
        var command = new Command("attest", "Attest that a work was removed, with evidence (the operator the request is addressed to)")
        {
            request, version, method, removedAt, hash,
        };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var removal = await s.Removals.AttestRemovalAsync(new AttestRemovalRequest
            {
                RequestId = parse.GetValue(request),
                ModelVersion = parse.GetValue(version),
                Method = parse.GetValue(method),
                RemovedAt = parse.GetValue(removedAt),
                ContentHashHex = parse.GetValue(hash),
            }, cancellationToken: token);
            await RemovalPrinter.WriteAsync(s, removal);
        }, ct));
        return command;
    }

    private static Command ShowCommand()
    {
        var request = new Argument<string>("request") { Description = "The removal request's id" };
        var command = new Command("show", "Show a removal request, its evidence and whether the work was used after its removal") { request };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
            await RemovalPrinter.WriteAsync(s, await s.Removals.GetRemovalRequestAsync(
                new GetRemovalRequestRequest { RequestId = parse.GetValue(request) }, cancellationToken: token)), ct));
        return command;
    }

    private static Command WithdrawCommand()
    {
        var id = new Option<string>("--id") { Description = "The removal request's id", Required = true };
        var note = new Option<string>("--note") { Description = "Why, up to 300 characters", Required = true };
        var command = new Command("withdraw", "Withdraw an open removal request (a creator of the work, their society or an admin); an attested one stays")
        {
            id, note,
        };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
            await RemovalPrinter.WriteAsync(s, await s.Removals.WithdrawRemovalAsync(
                new WithdrawRemovalRequest { RequestId = parse.GetValue(id), Note = parse.GetValue(note) }, cancellationToken: token)), ct));
        return command;
    }
}
