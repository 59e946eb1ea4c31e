using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>
/// `royalty ledger rebuild --from-log`: replays the usage log into an empty scratch journal on the server and compares
/// its rating effect with the live journal's. Prints both digests; exit 0 when identical, 2 naming the first differing
/// work, account and currency with both amounts otherwise.
/// </summary>
internal static class RebuildFromLog
{
    public const string Description =
        "Replay the usage log into an empty scratch journal, rating each use as of its time, and check it equals the journal " +
        "(digests of both; exit 2 naming the first differing work, account and currency). Writes nothing";

    public static async Task<int> RunAsync(CliSession s, CancellationToken token)
    {
        var report = await s.Ledger.RebuildFromLogAsync(new RebuildFromLogRequest(), cancellationToken: token);
        if (s.Json)
        {
            await JsonOutput.WriteAsync(s.Output, report);
        }
        else
        {
            await s.Output.WriteLineAsync($"journal digest: {report.JournalDigest} ({report.JournalEffects:N0} work/account/currency nets)");
            await s.Output.WriteLineAsync($"replay digest:  {report.ReplayDigest} ({report.ReplayEffects:N0} nets from {report.UsesReplayed:N0} uses of {report.WorksChecked:N0} works)");
            if (report.Identical)
            {
                await s.Output.WriteLineAsync("identical: replaying the log gives the journal's effect byte for byte");
            }
            else if (report.FirstDifference is { } d)
            {
                await s.Output.WriteLineAsync(
                    $"differ: first at work {d.WorkId}, account {d.Account}, currency {d.Currency}: journal {d.JournalAmountNanos} nanos, replay {d.ReplayAmountNanos} nanos");
            }
        }

        return report.Identical ? 0 : LedgerCommands.BrokenExitCode;
    }
}
