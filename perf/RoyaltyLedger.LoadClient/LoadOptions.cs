namespace RoyaltyLedger.LoadClient;

/// <summary>One run's settings, from the command line.</summary>
internal sealed record LoadOptions(
    IReadOnlyList<Uri> Servers,
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

    /// <summary>Seed what the load needs and stop, sending no events (scripts seed before measuring CPU and time).</summary>
    public bool SeedOnly { get; init; }

    public bool IsBaseline => Target == "baseline";

    /// <summary>The first server: the one seeded, and the one statement reads go to.</summary>
    public Uri Server => Servers[0];

    /// <summary>The most servers one run spreads its streams over.</summary>
    public const int MaxServers = 64;

    /// <summary>The server stream <paramref name="stream"/> talks to: streams go round-robin over the servers.</summary>
    public int ServerOf(int stream) => stream % Servers.Count;

    /// <summary>Which of its server's connections stream <paramref name="stream"/> uses.</summary>
    public int ConnectionOf(int stream) => stream / Servers.Count % Connections;

    public const string OperatorId = "load-op";
    public const string ModelId = "load-model";
    public const string RightsholderId = "load-label";
    public const int Creators = 100;
}
