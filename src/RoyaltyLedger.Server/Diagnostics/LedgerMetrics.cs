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

    private readonly Meter _meter;
    private readonly Counter<long> _received;
    private readonly Counter<long> _accepted;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _replayed;
    private readonly Counter<long> _storageUnavailable;
    private readonly Histogram<double> _batchLatency;
    private readonly Counter<long> _turnedAway;
    private readonly UpDownCounter<long> _openStreams;

    public LedgerMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = _meter = meterFactory.Create(MeterName);
        _received = meter.CreateCounter<long>("royaltyledger.usage.events.received", "{event}", "Usage events received in batches");
        _accepted = meter.CreateCounter<long>("royaltyledger.usage.events.accepted", "{event}", "Usage events durably stored");
        _rejected = meter.CreateCounter<long>("royaltyledger.usage.events.rejected", "{event}", "Usage events refused, by reason");
        _duplicates = meter.CreateCounter<long>("royaltyledger.usage.events.duplicates", "{event}", "Usage events whose id was already held");
        _replayed = meter.CreateCounter<long>("royaltyledger.usage.events.replayed", "{event}",
            "Usage events of resent batches answered from the stored ack: counted when first acked, not again");
        _storageUnavailable = meter.CreateCounter<long>("royaltyledger.storage.unavailable", "{call}",
            "Calls answered UNAVAILABLE because the ledger's storage was unavailable");
        _turnedAway = meter.CreateCounter<long>("royaltyledger.usage.batches.turned_away", "{batch}", "Batches refused with RESOURCE_EXHAUSTED, by limit");
        _openStreams = meter.CreateUpDownCounter<long>("royaltyledger.usage.streams.open", "{stream}", "Ingest streams open on this server");
        _batchLatency = meter.CreateHistogram<double>("royaltyledger.usage.batch.duration", "ms", "Time from receiving a batch to its durable ack");
    }

    public void BatchReceived(int events) => _received.Add(events);

    public void BatchReplayed(int events) => _replayed.Add(events);

    public void StorageUnavailable() => _storageUnavailable.Add(1);

    public void StreamOpened() => _openStreams.Add(1);

    public void StreamClosed() => _openStreams.Add(-1);

    public void TurnedAway(string limit) => _turnedAway.Add(1, new KeyValuePair<string, object?>("limit", limit));

    /// <summary>Observes a gauge on every scrape, e.g. the usage log's write queue.</summary>
    public void ObserveGauge(string name, string unit, string description, Func<long> read)
    {
        _meter.CreateObservableGauge(name, read, unit, description);
    }

    public void BatchAcked(int accepted, int duplicates, IEnumerable<string> rejectionReasons, double elapsedMs)
    {
        ArgumentNullException.ThrowIfNull(rejectionReasons);
        _accepted.Add(accepted);
        _duplicates.Add(duplicates);
        foreach (var reason in rejectionReasons)
        {
            _rejected.Add(1, new KeyValuePair<string, object?>("reason", reason));
        }

        _batchLatency.Record(elapsedMs);
    }
}
