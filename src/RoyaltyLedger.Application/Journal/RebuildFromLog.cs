using RoyaltyLedger.Application.Outcomes;

namespace RoyaltyLedger.Application.Journal;

/// <summary>Replays the usage log and compares its effect with the live journal's (<see cref="IUsageLogReplay"/>).</summary>
public sealed class RebuildFromLog(IUsageLogReplay replay)
{
    public async Task<LogReplayReport> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await replay.RunAsync(cancellationToken);
        }
        catch (LogReplayNotQuietException ex)
        {
            throw new PreconditionFailedException(ex.Message);
        }
    }
}
