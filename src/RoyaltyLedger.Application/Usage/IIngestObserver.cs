namespace RoyaltyLedger.Application.Usage;

/// <summary>
/// What ingest tells the host as it goes: the metrics an operator reads, and the projector's sense of whether ingest
/// is busy. Implemented by the server, which owns both.
/// </summary>
public interface IIngestObserver
{
    /// <summary>A batch within the limits arrived, carrying this many events.</summary>
    void BatchArrived(int events);

    /// <summary>A resend was answered from the stored ack: nothing was counted again.</summary>
    void BatchReplayed(int events);

    /// <summary>A batch was stored and acked, with how long the edge took from arrival to ack.</summary>
    void BatchAcked(int accepted, int duplicates, IEnumerable<string> rejectionReasons, double elapsedMs);

    /// <summary>A client was turned away because a limit was reached ("streams", "write_queue").</summary>
    void TurnedAway(string limit);

    void StreamOpened();

    void StreamClosed();
}
