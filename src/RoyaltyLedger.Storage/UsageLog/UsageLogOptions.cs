namespace RoyaltyLedger.Storage.UsageLog;

/// <summary>The usage log writer's limits. Each is explicit so that memory stays bounded however fast clients send.</summary>
public sealed record UsageLogOptions
{
    /// <summary>Batches waiting for a transaction, across all streams of a silo. With 1,000-event batches about 100 MB at most.</summary>
    public int QueueCapacity { get; init; } = 64;

    /// <summary>Batches written by one transaction at most.</summary>
    public int MaxBatchesPerCommit { get; init; } = 32;

    /// <summary>Transactions in flight: 1 on SQLite, which has one writer; a few on PostgreSQL (Storage:PostgresLogWriters).</summary>
    public int Writers { get; init; } = 1;

    /// <summary>How long an append waits for room in the queue before the client is told to retry.</summary>
    public TimeSpan MaxQueueWait { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The retry delay suggested to a client turned away.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);
}
