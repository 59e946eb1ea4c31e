namespace RoyaltyLedger.Grains.Abstractions.Projection;

/// <summary>
/// What a retry of quarantined uses did: how many it took, how many it posted (and took out of the quarantine), how many
/// failed again (kept, with the new error), and whether another retry or projector had taken some first (then it
/// committed nothing). With <see cref="More"/>, quarantined uses follow (<see cref="NextLogSeq"/>, <see cref="NextEventIndex"/>):
/// the position to continue after.
/// </summary>
[GenerateSerializer, Immutable, Alias("rl.QuarantineRetryReport.v1")]
public sealed record QuarantineRetryReport(
    [property: Id(0)] int Retried,
    [property: Id(1)] int Posted,
    [property: Id(2)] int StillQuarantined,
    [property: Id(3)] bool Conflicted,
    [property: Id(4)] bool More,
    [property: Id(5)] long NextLogSeq,
    [property: Id(6)] int NextEventIndex)
{
    public static readonly QuarantineRetryReport Nothing = new(0, 0, 0, false, false, 0, 0);
}
