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
    public bool IsBaseline => Target == "baseline";

    public const string OperatorId = "load-op";
    public const string ModelId = "load-model";
    public const string RightsholderId = "load-label";
    public const int Creators = 100;
}
