using System.CommandLine;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>Licence requests: operators ask; creators and rightsholders decide; operators accept counters or withdraw.</summary>
internal static class LicenceCommands
{
    public static Command Create()
    {
        var licences = new Command("licences", "Licence requests: an operator asks before use; every creator and rightsholder of each work decides");
        licences.Subcommands.Add(LicenceRequestCommand.Create());
        licences.Subcommands.Add(DecideCommand());
        licences.Subcommands.Add(AcceptCounterCommand());
        licences.Subcommands.Add(WithdrawCommand());
        licences.Subcommands.Add(ShowCommand());
        licences.Subcommands.Add(ListCommand());
        licences.Subcommands.Add(LicenceGrantCommand.Create());
        licences.Subcommands.Add(LicenceReadCommands.List());
        licences.Subcommands.Add(LicenceReadCommands.Get());
        licences.Subcommands.Add(LicenceCoverageCommand.Create());
        licences.Subcommands.Add(Import.RslImportCommand.Create());
        return licences;
    }

    private static Command DecideCommand()
    {
        var id = new Option<string>("--request") { Description = "Request id", Required = true };
        var party = new Option<string>("--party") { Description = "Deciding creator or rightsholder", Required = true };
        var decision = new Option<string>("--decision") { Description = "approved, declined or countered", Required = true };
        decision.AcceptOnlyFromAmong("approved", "declined", "countered");
        var note = new Option<string>("--note") { Description = "A note to the operator" };
        var tariff = new TariffOptions("counter-", "Countered price in micros per --counter-per-units", "ISO 4217 code of the counter price");
        var share = new Option<uint?>("--counter-revenue-share-bps") { Description = "Countered revenue share, 1 to 10000 basis points" };
        var command = new Command("decide", "Approve, decline or counter a request (creator or rightsholder)")
        {
            id, party, decision, note, share,
        };
        foreach (var option in tariff.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var request = new DecideLicenceRequestRequest
            {
                RequestId = parse.GetValue(id),
                PartyId = parse.GetValue(party),
                Decision = Enum.Parse<RequestDecision>(parse.GetValue(decision)!, ignoreCase: true),
                Note = parse.GetValue(note) ?? "",
            };
            request.CounterTariff = tariff.Read(parse);

            if (parse.GetValue(share) is { } bps)
            {
                request.CounterRevenueShareBps = bps;
            }

            await LicenceRequestPrinter.WriteAsync(s, await s.LicenceRequests.DecideAsync(request, cancellationToken: token));
        }, ct));
        return command;
    }

    private static Command AcceptCounterCommand()
    {
        var id = new Option<string>("--request") { Description = "Request id", Required = true };
        var party = new Option<string>("--party") { Description = "The party whose counter is accepted", Required = true };
        var command = new Command("accept-counter", "Accept a party's counter: its works are licensed at the countered pricing (operator)") { id, party };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
            await LicenceRequestPrinter.WriteAsync(s, await s.LicenceRequests.AcceptCounterAsync(
                new AcceptCounterRequest { RequestId = parse.GetValue(id), PartyId = parse.GetValue(party) }, cancellationToken: token)), ct));
        return command;
    }

    private static Command WithdrawCommand()
    {
        var id = new Option<string>("--request") { Description = "Request id", Required = true };
        var command = new Command("withdraw", "Withdraw a request: its pending works close as withdrawn (operator)") { id };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
            await LicenceRequestPrinter.WriteAsync(s, await s.LicenceRequests.WithdrawAsync(
                new WithdrawLicenceRequestRequest { RequestId = parse.GetValue(id) }, cancellationToken: token)), ct));
        return command;
    }

    private static Command ShowCommand()
    {
        var id = new Option<string>("--request") { Description = "Request id", Required = true };
        var command = new Command("show", "Show a request, its works and every decision") { id };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
            await LicenceRequestPrinter.WriteAsync(s, await s.LicenceRequests.GetRequestAsync(new GetLicenceRequestRequest { RequestId = parse.GetValue(id) }, cancellationToken: token)), ct));
        return command;
    }

    private static Command ListCommand()
    {
        var party = new Option<string>("--party") { Description = "Operator, creator or rightsholder id", Required = true };
        var command = new Command("requests", "List the requests a party filed or is asked about") { party };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var response = await AllPages.ReadAsync(
                t => s.LicenceRequests.ListRequestsAsync(new ListLicenceRequestsRequest { PartyId = parse.GetValue(party), PageSize = AllPages.PageSize, PageToken = t }, cancellationToken: token).ResponseAsync,
                r => r.NextPageToken, (all, more) => { all.Requests.Add(more.Requests); all.NextPageToken = more.NextPageToken; });
            if (s.Json)
            {
                await JsonOutput.WriteAsync(s.Output, response);
                return;
            }

            var table = new Table("REQUEST", "OPERATOR", "STATUS", "WORKS", "LICENSED", "DECLINED").AlignRight(3, 4, 5);
            foreach (var r in response.Requests)
            {
                table.Add(r.RequestId, r.OperatorId, r.Status, r.Works.Count, r.Works.Count(w => w.Status == "licensed"), r.Works.Count(w => w.Status == "declined"));
            }

            await table.WriteAsync(s.Output);
        }, ct));
        return command;
    }
}
