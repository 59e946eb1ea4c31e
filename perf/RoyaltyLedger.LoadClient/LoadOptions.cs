namespace RoyaltyLedger.LoadClient;

/// <summary>One run's settings, from the command line.</summary>
internal sealed record LoadOptions(
    Uri Server,
    string Target,
    int Streams,
    int BatchSize,
    int DurationSeconds,
    long? Rate,
    int Works,
    int InFlight,
    int Connections,
    int WarmupSeconds,
    int? ServerPid,
    string? ApiKey,
    string Out,
    string RunId)
{
    /// <summary>How long the server may take to answer at all (start-up, seeding) before the run gives up.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a stream may wait for its next ack, or a seeding call for its answer, before the run gives up.</summary>
    public TimeSpan AckTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Statement reads per second of random seeded creators during the measured window (0: none).</summary>
    public double StatementReadsPerSecond { get; init; }

    public bool IsBaseline => Target == "baseline";

    public const string OperatorId = "load-op";
    public const string ModelId = "load-model";
    public const string RightsholderId = "load-label";
    public const int Creators = 100;
}
