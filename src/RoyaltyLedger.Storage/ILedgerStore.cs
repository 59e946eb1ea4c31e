namespace RoyaltyLedger.Storage;

/// <summary>
/// The ledger's tables: the durable usage log, accruals, producer-stream positions and the registry
/// index. The database is the source of truth and enforces uniqueness; grains only coordinate.
/// </summary>
public interface ILedgerStore
{
    /// <summary>Creates the ledger tables if they do not exist. Safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>The last batch number durably stored for a producer stream, 0 when none is.</summary>
    Task<long> GetLastBatchSeqAsync(string operatorId, string streamName, CancellationToken cancellationToken);

    /// <summary>The acknowledgement stored with a batch, or null when the batch is not held.</summary>
    Task<byte[]?> GetBatchAckAsync(string operatorId, string streamName, long batchSeq, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a batch in one transaction: new events and their accruals, the stream's new position
    /// and the acknowledgement. Events whose id the operator already used are skipped; which ones
    /// were stored is passed to <see cref="BatchAppend.BuildAck"/>.
    /// </summary>
    /// <exception cref="StreamPositionConflictException">The stream is not at <c>BatchSeq - 1</c>.</exception>
    Task<byte[]> AppendBatchAsync(BatchAppend batch, CancellationToken cancellationToken);

    Task UpsertRegistryEntryAsync(RegistryEntry entry, CancellationToken cancellationToken);

    Task<IReadOnlyList<RegistryEntry>> ListRegistryEntriesAsync(string kind, CancellationToken cancellationToken);

    Task<IReadOnlyList<StatementRow>> GetStatementRowsAsync(string creatorId, CancellationToken cancellationToken);
}
