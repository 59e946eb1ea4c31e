namespace RoyaltyLedger.Application.Statements;

/// <summary>
/// The projection's progress at one instant: its <paramref name="Lag"/>, the newest log position written
/// (<paramref name="LatestLogPosition"/>, 0 for an empty log) and whether some use in suspense could now be matched to
/// a registered work.
/// </summary>
public sealed record ProjectionProgress(ProjectionLag Lag, long LatestLogPosition, bool SuspenseMatchable)
{
    /// <summary>
    /// True once every log row up to <paramref name="logPosition"/> is projected and nothing else the projector does for
    /// past uses waits: no re-rating queued, no suspense that can be matched.
    /// </summary>
    public bool HasCaughtUpWith(long logPosition) =>
        Lag.AsOfLogPosition >= logPosition && Lag.WorksPendingRerate == 0 && !SuspenseMatchable;
}
