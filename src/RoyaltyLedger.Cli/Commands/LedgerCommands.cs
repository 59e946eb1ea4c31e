using System.CommandLine;
using Grpc.Core;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>`royalty ledger verify|entries|balances|rebuild`: the double-entry journal, for admins.</summary>
internal static class LedgerCommands
{
    /// <summary>The exit code of `ledger verify` when the journal is broken (1 stays "the command failed").</summary>
    public const int BrokenExitCode = 2;

    public static Command Create()
    {
        var ledger = new Command("ledger", "The double-entry journal: verify its hash chain, read entries and balances (admin)");
        ledger.Subcommands.Add(Verify());
        ledger.Subcommands.Add(Entries());
        ledger.Subcommands.Add(Balances());
        ledger.Subcommands.Add(Rebuild());
        ledger.Subcommands.Add(LedgerQuarantineCommands.Create());
        return ledger;
    }

    private static Command Verify()
    {
        var verify = new Command("verify", $"Check every entry's hash, link and balance; exits {BrokenExitCode} when the journal is broken");
        verify.SetAction((parse, ct) => CliSession.RunForExitCodeAsync(parse, async (s, token) =>
        {
            var result = await s.Ledger.VerifyJournalAsync(new VerifyJournalRequest(), cancellationToken: token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, result) : JournalPrinter.WriteAsync(s.Output, result));
            return result.Intact ? 0 : BrokenExitCode;
        }, ct));
        return verify;
    }

    private static Command Entries()
    {
        var from = new Option<long>("--from") { Description = "First entry number", DefaultValueFactory = _ => 1 };
        var limit = new Option<int>("--limit") { Description = "Entries at most, 1 to 1000", DefaultValueFactory = _ => 20 };
        var entries = new Command("entries", "Journal entries with their lines, in order") { from, limit };
        entries.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var page = await s.Ledger.ListJournalEntriesAsync(
                new ListJournalEntriesRequest { FromEntryNo = parse.GetValue(from), Limit = parse.GetValue(limit) }, cancellationToken: token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, page) : JournalPrinter.WriteAsync(s.Output, page));
        }, ct));
        return entries;
    }

    private static Command Balances()
    {
        var prefix = new Option<string>("--prefix") { Description = "Only accounts starting with this, e.g. party: or operator:quill-labs" };
        var balances = new Command("balances", "Account balances: the sum of each account's lines per currency") { prefix };
        balances.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var response = await s.Ledger.GetBalancesAsync(new GetBalancesRequest { AccountPrefix = parse.GetValue(prefix) ?? "" }, cancellationToken: token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, response) : JournalPrinter.WriteAsync(s.Output, response));
        }, ct));
        return balances;
    }

    private static Command Rebuild()
    {
        var fromLog = new Option<bool>("--from-log") { Description = RebuildFromLog.Description };
        var rebuild = new Command("rebuild",
            "Recompute account balances from the journal's lines, check every work's usage totals against the journal, and report what differed. Exit code 2 when anything differed, or when the journal does not verify (then nothing is rebuilt)") { fromLog };
        rebuild.SetAction((parse, ct) => CliSession.RunForExitCodeAsync(parse, async (s, token) =>
        {
            if (parse.GetValue(fromLog))
            {
                return await RebuildFromLog.RunAsync(s, token);
            }

            RebuildProjectionsResponse report;
            try
            {
                report = await s.Ledger.RebuildProjectionsAsync(new RebuildProjectionsRequest(), cancellationToken: token);
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.FailedPrecondition)
            {
                // The server refuses to rebuild over a broken journal: that is the journal's state, as `ledger verify` reports it.
                await s.WriteErrorAsync(new Errors.CliError(Errors.ErrorDescriber.CodeName(ex.StatusCode), Errors.ErrorDescriber.OneLine(ex.Status.Detail)));
                return BrokenExitCode;
            }

            if (s.Json)
            {
                await JsonOutput.WriteAsync(s.Output, report);
            }
            else
            {
                await s.Output.WriteLineAsync(
                    $"account balances rebuilt from the journal: {report.BalanceRowsBefore:N0} rows before, {report.BalanceRowsAfter:N0} after, " +
                    $"{report.BalanceRowsDiffered:N0} differed" + (report.BalanceRowsDiffered == 0 ? " (the projection matched the journal)" : ""));
                await s.Output.WriteLineAsync(
                    $"usage totals checked against the journal: {report.WorkTotalsChecked:N0} work amounts, {report.WorkTotalsDiffered:N0} differed" +
                    (report.WorkTotalsDiffered == 0 ? " (identical)" : ""));
                foreach (var difference in report.WorkTotalsDifferences)
                {
                    await s.Output.WriteLineAsync($"  {difference}");
                }
            }

            return report.BalanceRowsDiffered == 0 && report.WorkTotalsDiffered == 0 ? 0 : 2;
        }, ct));
        return rebuild;
    }
}
