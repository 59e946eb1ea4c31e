namespace RoyaltyLedger.Grains.Abstractions.Usage;

/// <summary>
/// One producer's ordered sequence of batches, keyed "operator_id/stream_name". It orders batches and
/// appends each to the usage log (group-committed with other streams' batches) before acknowledging it.
/// </summary>
[Alias("rl.IProducerStreamGrain")]
public interface IProducerStreamGrain : IGrainWithStringKey
{
    /// <summary>The most events one batch may carry; the ingest use case refuses a larger batch before it comes here.</summary>
    const int MaxEventsPerBatch = 5_000;

    /// <summary>The last batch number the ledger holds for this stream; 0 for a new stream.</summary>
    [Alias("Open")]
    Task<long> Open();

    /// <summary>
    /// Stores a batch and returns its ack once durable. A batch number already held returns the
    /// stored ack unchanged; one beyond the next expected returns a result without an ack.
    /// </summary>
    [Alias("Append")]
    Task<AppendResult> Append(LogBatch batch);

    public static string KeyFor(string operatorId, string streamName) => $"{operatorId}/{streamName}";
}
