namespace RoyaltyLedger.LoadClient;

/// <summary>What the statement reads alongside ingest saw (--statement-reads): latency and the lag each statement showed.</summary>
internal sealed record StatementResults(
    double ReadsPerSecondTarget,
    long Reads,
    long Failed,
    long Skipped,
    long NotFound,
    double LatencyMsP50,
    double LatencyMsP90,
    double LatencyMsP99,
    double LatencyMsMax,
    long PendingBatchesP50,
    long PendingBatchesP99,
    long PendingBatchesMax,
    ulong AsOfLogPositionLowest,
    ulong AsOfLogPositionHighest,
    string? FirstError)
{
    public static StatementResults Of(double target, StatementProbe p)
    {
        double Ms(double percentile) => p.Latency.TotalCount == 0 ? 0 : p.Latency.GetValueAtPercentile(percentile) / 1000.0;
        long Pending(double percentile) => p.PendingBatches.TotalCount == 0 ? 0 : p.PendingBatches.GetValueAtPercentile(percentile);
        return new StatementResults(target, p.Reads, p.Failed, p.Skipped, p.NotFound, Ms(50), Ms(90), Ms(99), Ms(100),
            Pending(50), Pending(99), Pending(100), p.Reads == 0 ? 0 : p.LowestAsOfLogPosition, p.HighestAsOfLogPosition, p.FirstError);
    }

    public override string ToString() =>
        $"statements: {Reads:N0} read at {ReadsPerSecondTarget:N0}/s ({Failed:N0} failed, {Skipped:N0} skipped, {NotFound:N0} not found); " +
        $"latency p50 {LatencyMsP50:N1} ms, p99 {LatencyMsP99:N1} ms, max {LatencyMsMax:N1} ms; " +
        $"lag: batches pending p50 {PendingBatchesP50:N0}, p99 {PendingBatchesP99:N0}, max {PendingBatchesMax:N0}; " +
        $"as of log position {AsOfLogPositionLowest:N0} to {AsOfLogPositionHighest:N0}" + (FirstError is null ? "" : $"; first error: {FirstError}");
}
