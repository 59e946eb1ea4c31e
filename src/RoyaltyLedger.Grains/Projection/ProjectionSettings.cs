namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// How large a projection round may grow (setting <c>Projection:MaxEventsPerRound</c>). Larger rounds write fewer
/// rows per event, since a round writes one usage total and one journal line per work and account rather than
/// per event, so the projector goes faster; but each commits in one transaction, and on SQLite that transaction holds
/// the one writer that ingest also needs, so acknowledgements wait behind it. Two rounds are held in memory at once.
/// perf/RESULTS.md has the figures behind the default.
/// </summary>
public sealed record ProjectionSettings
{
    public const long DefaultMaxEventsPerRound = 200_000;

    public const long LeastEventsPerRound = 1_000;

    public const long MostEventsPerRound = 1_000_000;

    public static readonly ProjectionSettings Default = new();

    public long MaxEventsPerRound { get; init; } = DefaultMaxEventsPerRound;

    /// <summary>Settings with <paramref name="maxEventsPerRound"/>, refused with the setting's name and value when out of range.</summary>
    public static ProjectionSettings Of(long maxEventsPerRound) =>
        maxEventsPerRound is >= LeastEventsPerRound and <= MostEventsPerRound
            ? new ProjectionSettings { MaxEventsPerRound = maxEventsPerRound }
            : throw new InvalidOperationException(
                $"Projection:MaxEventsPerRound is {maxEventsPerRound:N0}, expected {LeastEventsPerRound:N0} to {MostEventsPerRound:N0}");
}
