using System.Diagnostics.Metrics;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// The projector's instruments, on the server's "RoyaltyLedger" meter (the server exports that meter on /metrics;
/// the meter factory hands both this class and the server's LedgerMetrics the same meter). Each partition's lag is
/// reported, tagged <c>partition</c>, by the silo that hosts its projector, and by none while it is not active anywhere.
/// </summary>
public sealed class ProjectionMetrics
{
    public const string MeterName = "RoyaltyLedger";

    private readonly Counter<long> _projected;
    private readonly Counter<long> _matched;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, long> _lags = new();
    private long _quarantined = -1;

    public ProjectionMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _projected = meter.CreateCounter<long>("royaltyledger.projection.events", "{event}", "Counted usage events projected into totals, by status");
        _matched = meter.CreateCounter<long>("royaltyledger.projection.matched", "{event}", "Usage events moved out of suspense to their registered work");
        meter.CreateObservableGauge("royaltyledger.projection.lag", ObserveLag, "{batch}", "Usage-log batches waiting to be projected");
        meter.CreateObservableGauge("royaltyledger.quarantined_uses", ObserveQuarantined, "{use}",
            "Usage events the projector set aside because they could not be rated or posted (royalty ledger quarantine list)");
    }

    /// <summary>The lag of <paramref name="partition"/> last measured on this silo, or null when its projector is not active here.</summary>
    public long? LagOf(int partition) => _lags.TryGetValue(partition, out var lag) ? lag : null;

    /// <summary>The lags last measured on this silo, summed over the partitions whose projectors are active here; null when none is.</summary>
    public long? Lag => _lags.IsEmpty ? null : _lags.Values.Sum();

    internal void Projected(IReadOnlyDictionary<string, int> eventsByStatus)
    {
        foreach (var (status, count) in eventsByStatus)
        {
            _projected.Add(count, new KeyValuePair<string, object?>("status", status));
        }
    }

    internal void Matched(int events) => _matched.Add(events);

    internal void SetLag(int partition, long batches) => _lags[partition] = batches;

    internal void ClearLag(int partition)
    {
        _lags.TryRemove(partition, out _);
        if (_lags.IsEmpty)
        {
            Interlocked.Exchange(ref _quarantined, -1);
        }
    }

    /// <summary>The quarantined uses last counted on this silo, or null when the projector is not active here.</summary>
    public long? Quarantined => Interlocked.Read(ref _quarantined) is >= 0 and var count ? count : null;

    internal void SetQuarantined(long uses) => Interlocked.Exchange(ref _quarantined, uses);

    private IEnumerable<Measurement<long>> ObserveQuarantined() => Quarantined is { } count ? [new Measurement<long>(count)] : [];

    private IEnumerable<Measurement<long>> ObserveLag() =>
        [.. _lags.OrderBy(l => l.Key).Select(l => new Measurement<long>(l.Value, new KeyValuePair<string, object?>("partition", l.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))))];
}
