using RoyaltyLedger.Application.Usage;
using RoyaltyLedger.Grains.Projection;

namespace RoyaltyLedger.Server.Diagnostics;

/// <summary>Ingest's signals, to the server's metrics and to the projector's sense of ingest activity on this silo.</summary>
internal sealed class IngestObserver(LedgerMetrics metrics, IngestActivity activity) : IIngestObserver
{
    public void BatchArrived(int events)
    {
        metrics.BatchReceived(events);
        activity.BatchArrived();
    }

    public void BatchReplayed(int events) => metrics.BatchReplayed(events);

    public void BatchAcked(int accepted, int duplicates, IEnumerable<string> rejectionReasons, double elapsedMs) =>
        metrics.BatchAcked(accepted, duplicates, rejectionReasons, elapsedMs);

    public void TurnedAway(string limit) => metrics.TurnedAway(limit);

    public void StreamOpened() => metrics.StreamOpened();

    public void StreamClosed() => metrics.StreamClosed();
}
