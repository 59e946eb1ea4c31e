using HdrHistogram;

namespace RoyaltyLedger.LoadClient;

/// <summary>Counts and ack latencies of one stream (merged at the end, so streams never contend on a lock).</summary>
internal sealed class Recorder
{
    /// <summary>Latencies in microseconds, 1 µs to 5 minutes, 3 significant digits.</summary>
    public LongHistogram Latency { get; } = new(1, 300_000_000, 3);

    public long Acked { get; private set; }

    public long Rejected { get; private set; }

    public long Duplicates { get; private set; }

    public long Batches { get; private set; }

    public void Record(long latencyMicros, uint accepted, int rejected, uint duplicates)
    {
        Latency.RecordValue(Math.Max(1, latencyMicros));
        Acked += accepted;
        Rejected += rejected;
        Duplicates += duplicates;
        Batches++;
    }

    public void Add(Recorder other)
    {
        Latency.Add(other.Latency);
        Acked += other.Acked;
        Rejected += other.Rejected;
        Duplicates += other.Duplicates;
        Batches += other.Batches;
    }
}
