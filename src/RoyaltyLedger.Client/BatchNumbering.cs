namespace RoyaltyLedger.Client;

/// <summary>How a <see cref="UsageStreamWriter"/> numbers the batches it sends.</summary>
public enum BatchNumbering
{
    /// <summary>
    /// New batches follow the last batch the stream held when the writer opened: what a live producer wants, whose
    /// events are new each time it starts.
    /// </summary>
    ContinueStream = 0,

    /// <summary>
    /// Batches are numbered from 1 as the input is written, and those the stream already held when the writer opened
    /// are not sent again: for re-reading the same input (a file) after a crash or an interrupted run. It needs the
    /// same events in the same order with the same <see cref="UsageClientOptions.BatchSize"/> and
    /// <see cref="UsageClientOptions.MaxBatchBytes"/>, so that each batch number stands for the same events. As a
    /// check, the last held batch is sent again and the event count of the ledger's stored ack compared with the
    /// input's; a difference throws <see cref="UsageStreamConflictException"/>.
    /// </summary>
    Replay = 1,
}
