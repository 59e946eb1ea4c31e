using System.Diagnostics.Metrics;
using RoyaltyLedger.Grains.Projection;

namespace RoyaltyLedger.Server.Diagnostics;

/// <summary>
/// The server's own instruments, exported on /metrics beside Orleans' and ASP.NET Core's. The usage projector's
/// (lag, events projected by status, suspense matched) live in the grains as <see cref="ProjectionMetrics"/>, on
/// the same meter.
/// </summary>
public sealed class LedgerMetrics
{
    public const string MeterName = ProjectionMetrics.MeterName;

    private readonly Counter<long> _received;
    private readonly Counter<long> _accepted;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _unidentified;
    private readonly Histogram<double> _batchLatency;

    public LedgerMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _received = meter.CreateCounter<long>("royaltyledger.usage.events.received", "{event}", "Usage events received in batches");
        _accepted = meter.CreateCounter<long>("royaltyledger.usage.events.accepted", "{event}", "Usage events durably stored");
        _rejected = meter.CreateCounter<long>("royaltyledger.usage.events.rejected", "{event}", "Usage events refused, by reason");
        _duplicates = meter.CreateCounter<long>("royaltyledger.usage.events.duplicates", "{event}", "Usage events whose id was already held");
        _unidentified = meter.CreateCounter<long>("royaltyledger.usage.events.unidentified", "{event}", "Stored usage events naming an unregistered work");
        _batchLatency = meter.CreateHistogram<double>("royaltyledger.usage.batch.duration", "ms", "Time from receiving a batch to its durable ack");
    }

    public void BatchReceived(int events) => _received.Add(events);

    public void BatchAcked(int accepted, int duplicates, int unidentified, IEnumerable<string> rejectionReasons, double elapsedMs)
    {
        ArgumentNullException.ThrowIfNull(rejectionReasons);
        _accepted.Add(accepted);
        _duplicates.Add(duplicates);
        _unidentified.Add(unidentified);
        foreach (var reason in rejectionReasons)
        {
            _rejected.Add(1, new KeyValuePair<string, object?>("reason", reason));
        }

        _batchLatency.Record(elapsedMs);
    }
}
