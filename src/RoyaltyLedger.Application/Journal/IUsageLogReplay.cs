namespace RoyaltyLedger.Application.Journal;

/// <summary>
/// Replays the usage log into an empty scratch journal and compares its rating effect with the live journal's
/// (`royalty ledger rebuild --from-log`). Throws <see cref="LogReplayNotQuietException"/> while the journal has not
/// caught up with the log.
/// </summary>
public interface IUsageLogReplay
{
    Task<LogReplayReport> RunAsync(CancellationToken cancellationToken);
}
