using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoyaltyLedger.LoadClient;

/// <summary>What a run writes to --out (snake_case JSON).</summary>
internal sealed record Results(
    string Target,
    int Streams,
    int Batch,
    int DurationSeconds,
    long? RateTarget,
    int InFlight,
    double EventsPerSecond,
    long EventsAcked,
    long EventsRejected,
    long EventsDuplicates,
    long Batches,
    double AckLatencyMsP50,
    double AckLatencyMsP90,
    double AckLatencyMsP99,
    double AckLatencyMsP999,
    double AckLatencyMsMax,
    double? ServerRssMbFirst,
    double? ServerRssMbLast,
    double? ServerRssMbMax,
    IReadOnlyList<double>? ServerRssMbSamples,
    string Machine)
{
    /// <summary>The statement reads beside the ingest, when --statement-reads asked for them.</summary>
    public StatementResults? Statements { get; init; }

    /// <summary>When the streams started (after seeding), Unix milliseconds: scripts time end-to-end posting from here.</summary>
    public long StartedAtUnixMs { get; init; }

    /// <summary>Each server's share, in --server order (one entry when one server was given).</summary>
    public IReadOnlyList<ServerResults>? PerServer { get; init; }

    public static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static Results Of(LoadOptions o, Recorder r, MemorySampler? memory)
    {
        double Ms(double percentile) => r.Latency.TotalCount == 0 ? 0 : r.Latency.GetValueAtPercentile(percentile) / 1000.0;
        var samples = memory?.SamplesMb;
        return new Results(o.Target, o.Streams, o.BatchSize, o.DurationSeconds, o.Rate, o.InFlight,
            Math.Round((double)r.Acked / o.DurationSeconds), r.Acked, r.Rejected, r.Duplicates, r.Batches,
            Ms(50), Ms(90), Ms(99), Ms(99.9), r.Latency.TotalCount == 0 ? 0 : r.Latency.GetValueAtPercentile(100) / 1000.0,
            samples is { Count: > 0 } ? samples[0] : null, samples is { Count: > 0 } ? samples[^1] : null, samples is { Count: > 0 } ? samples.Max() : null,
            samples, $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
    }
}
