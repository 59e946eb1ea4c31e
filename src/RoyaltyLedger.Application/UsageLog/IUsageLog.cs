namespace RoyaltyLedger.Application.UsageLog;

/// <summary>The durable usage log: batches appended once per producer stream position, each event id counted once per operator.</summary>
public interface IUsageLog
{
    /// <summary>
    /// Appends the batch as the stream's next (its number must follow the stream's last) and returns its ack once
    /// the batch is durable. Throws <see cref="StreamPositionConflictException"/> when the stream is elsewhere, and
    /// <see cref="LedgerBusyException"/> when the write queue stays full.
    /// </summary>
    Task<byte[]> AppendAsync(LogAppend append, CancellationToken cancellationToken);

    /// <summary>The stored ack of a batch the log holds, or null.</summary>
    Task<byte[]?> GetAckAsync(string operatorId, string streamName, long batchSeq, CancellationToken cancellationToken);

    /// <summary>The stored ack of a batch the log holds with the digest of its content, or null.</summary>
    Task<HeldBatch?> GetHeldBatchAsync(string operatorId, string streamName, long batchSeq, CancellationToken cancellationToken);

    /// <summary>Every batch the log holds for the operator, in log order: for audits, exports and tests.</summary>
    IAsyncEnumerable<LoggedBatch> ReadBatchesAsync(string operatorId, CancellationToken cancellationToken);

    /// <summary>The last batch number held for the stream; 0 for a new stream.</summary>
    Task<long> GetLastBatchSeqAsync(string operatorId, string streamName, CancellationToken cancellationToken);
}
