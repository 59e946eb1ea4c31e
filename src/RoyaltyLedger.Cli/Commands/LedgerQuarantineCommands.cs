using System.CommandLine;
using System.CommandLine.Parsing;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>`royalty ledger quarantine list|retry`: uses the projector set aside because it could not rate or post them (admin).</summary>
internal static class LedgerQuarantineCommands
{
    public static Command Create()
    {
        var quarantine = new Command("quarantine", "Uses the projector could not rate or post, set aside with their log position and error; retry them once fixed (admin)");
        quarantine.Subcommands.Add(List());
        quarantine.Subcommands.Add(Retry());
        return quarantine;
    }

    private static Command List()
    {
        var pageSize = new Option<uint>("--page-size") { Description = "Uses per page, 1 to 1000 (default 100)" };
        var pageToken = new Option<string>("--page-token") { Description = "The token a previous page printed" };
        var list = new Command("list", "Quarantined uses, oldest first by log position, with the error that set each aside") { pageSize, pageToken };
        list.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var page = await s.Ledger.ListQuarantinedUsesAsync(
                new ListQuarantinedUsesRequest { PageSize = parse.GetValue(pageSize), PageToken = parse.GetValue(pageToken) ?? "" }, cancellationToken: token);
            if (s.Json)
            {
                await JsonOutput.WriteAsync(s.Output, page);
                return;
            }

            if (page.Uses.Count == 0)
            {
                await s.Output.WriteLineAsync("no uses quarantined");
                return;
            }

            var table = new Table("LOG_SEQ", "EVENT", "OPERATOR", "EVENT ID", "WORK", "SINCE", "ATTEMPTS", "ERROR").AlignRight(0, 1, 6);
            foreach (var u in page.Uses)
            {
                table.Add(u.LogSeq, u.EventIndex, u.OperatorId, u.EventId, u.WorkId, IsoTime.Format(DateTimeOffset.FromUnixTimeMilliseconds(u.FirstQuarantinedAtUnixMs)),
                    u.Attempts, $"{u.ErrorType}: {u.ErrorMessage}");
            }

            await table.WriteAsync(s.Output);
            await s.Output.WriteLineAsync($"{page.Total:N0} uses quarantined");
            if (page.NextPageToken.Length > 0)
            {
                await s.Output.WriteLineAsync($"next page: royalty ledger quarantine list --page-token {page.NextPageToken}");
            }
        }, ct));
        return list;
    }

    private static Command Retry()
    {
        var logSeq = new Option<long?>("--log-seq") { Description = "The use's log row (LOG_SEQ in the list)" };
        var eventIndex = new Option<int?>("--event") { Description = "The use's index in its batch (EVENT in the list; -1 for a whole row)" };
        var all = new Option<bool>("--all") { Description = "Every quarantined use, oldest first" };
        var retry = new Command("retry", "Project quarantined uses again after fixing their cause: each that posts leaves the quarantine, posted once; each that fails stays with the new error")
        {
            logSeq, eventIndex, all,
        };
        retry.Validators.Add(result =>
        {
            var one = result.GetValue(logSeq) is not null || result.GetValue(eventIndex) is not null;
            if (one == result.GetValue(all))
            {
                result.AddError("give either --log-seq and --event (one use) or --all");
            }
            else if (one && (result.GetValue(logSeq) is null || result.GetValue(eventIndex) is null))
            {
                result.AddError("--log-seq and --event go together: a use's log position is both");
            }
        });
        retry.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var request = parse.GetValue(all)
                ? new RetryQuarantinedUsesRequest { All = true }
                : new RetryQuarantinedUsesRequest { Use = new QuarantinePosition { LogSeq = parse.GetValue(logSeq)!.Value, EventIndex = parse.GetValue(eventIndex)!.Value } };
            var report = await s.Ledger.RetryQuarantinedUsesAsync(request, cancellationToken: token);
            if (s.Json)
            {
                await JsonOutput.WriteAsync(s.Output, report);
                return;
            }

            await s.Output.WriteLineAsync(
                $"retried {report.Retried:N0} quarantined uses: {report.Posted:N0} posted, {report.StillQuarantined:N0} failed again; {report.Remaining:N0} quarantined now");
        }, ct));
        return retry;
    }
}
