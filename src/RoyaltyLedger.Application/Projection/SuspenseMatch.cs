namespace RoyaltyLedger.Application.Projection;

/// <summary>Marks the suspense row (<see cref="LogSeq"/>, <see cref="EventIndex"/>) as belonging to <see cref="WorkId"/>.</summary>
public sealed record SuspenseMatch(long LogSeq, int EventIndex, string WorkId)
{
    /// <summary>The work's partition, whose lock the match takes and whose projector re-rates the work (docs/partitions.md).</summary>
    public int Partition { get; init; }
}
