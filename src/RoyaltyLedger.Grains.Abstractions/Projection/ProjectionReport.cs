namespace RoyaltyLedger.Grains.Abstractions.Projection;

/// <summary>
/// What one projection round did: log rows and counted events it projected, suspense events it moved to their
/// work, works whose past uses it re-rated (and how many of those needed an adjustment entry), and whether another
/// projector had committed some of the same rows, matches or works first (then this round committed nothing of that part).
/// </summary>
[GenerateSerializer, Immutable, Alias("rl.ProjectionReport.v1")]
public sealed record ProjectionReport(
    [property: Id(0)] int Batches,
    [property: Id(1)] int Events,
    [property: Id(2)] int Matched,
    [property: Id(3)] bool Conflicted)
{
    [Id(4)]
    public int Rerated { get; init; }

    [Id(5)]
    public int Adjusted { get; init; }
}
