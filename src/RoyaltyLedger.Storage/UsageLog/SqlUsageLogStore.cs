using System.Data.Common;
using System.Globalization;
using RoyaltyLedger.Application.UsageLog;
using RoyaltyLedger.Storage.Database;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;

namespace RoyaltyLedger.Storage.UsageLog;

/// <summary>
/// The usage log's rows and its producers' stream positions. <see cref="UsageLogWriter"/> appends through it inside
/// its group-commit transactions; the reads serve acks, replays and stream positions.
/// </summary>
public sealed class SqlUsageLogStore
{
    private readonly LedgerDatabase _database;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbConnection, LogStatements> _logStatements = new();

    public SqlUsageLogStore(LedgerDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>Runs one group commit of the usage log.</summary>
    internal Task<T> RunLogWriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        _database.RunLogWriteAsync(work, cancellationToken);

    /// <summary>The operator's number, assigned on first use in its own transaction (the next after the highest).</summary>
    internal async Task<long> OperatorNumberAsync(string operatorId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await _database.WriteAsync(async (connection, transaction) =>
                {
                    await using (var insert = Command(connection, transaction,
                        "INSERT INTO operator_numbers (operator_id, operator_no) " +
                        "SELECT @o, COALESCE(MAX(operator_no), 0) + 1 FROM operator_numbers WHERE true ON CONFLICT (operator_id) DO NOTHING", ("o", operatorId)))
                    {
                        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    await using var select = Command(connection, transaction, "SELECT operator_no FROM operator_numbers WHERE operator_id = @o", ("o", operatorId));
                    return Convert.ToInt64(await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (DbException) when (attempt < 3)
            {
                // Two operators numbered at once on PostgreSQL can pick the same number; the unique index refuses one. Try again.
            }
        }
    }

    /// <summary>
    /// Appends one batch inside the caller's transaction: moves the stream's position (compare-and-set), inserts the
    /// candidates' keys, stores the log row with its counted mask and ack, and queues it for projection in each partition it has counted
    /// events in (<see cref="PendingRows"/>). Returns the ack.
    /// </summary>
    internal async Task<byte[]> AppendLogAsync(DbConnection connection, DbTransaction transaction, LogAppend append, long operatorNo, CancellationToken cancellationToken)
    {
        var statements = _logStatements.GetValue(connection, c => new LogStatements(c, _database.InsertLogSql));
        var position = statements.Position(append.BatchSeq == 1, transaction, append.OperatorId, append.StreamName, append.BatchSeq);
        if (await position.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new StreamPositionConflictException(
                $"producer stream {append.OperatorId}/{append.StreamName} is not at batch {append.BatchSeq - 1}; batch {append.BatchSeq} was not stored");
        }

        var inserted = await _database.InsertKeysAsync(connection, transaction, statements, operatorNo, append.Keys, cancellationToken).ConfigureAwait(false);
        var mask = new byte[(append.EventCount + 7) / 8];
        var duplicates = new List<int>();
        var counted = 0;
        for (var i = 0; i < append.Candidates.Count; i++)
        {
            var index = append.Candidates[i];
            if (inserted is null || inserted.Contains(Convert.ToBase64String(append.Keys[i])))
            {
                mask[index >> 3] |= (byte)(1 << (index & 7));
                counted++;
            }
            else
            {
                duplicates.Add(index);
            }
        }

        var ack = append.BuildAck(duplicates);
        var log = statements.Log(transaction, append.OperatorId, append.StreamName, append.BatchSeq, append.ReceivedAtUnixMs, counted, append.Payload, mask, ack);
        var logSeq = Convert.ToInt64(await log.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        foreach (var (partition, partitionCounted, partitionMask) in PendingRows.Split(append, mask, counted))
        {
            await statements.Pending(transaction, partition, logSeq, partitionCounted, partitionMask).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (append.ContentSha256 is { } digest)
        {
            await statements.Digest(transaction, logSeq, digest).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return ack;
    }

    /// <summary>The last batch stored on the producer's stream; 0 when none was.</summary>
    public async Task<long> GetLastBatchSeqAsync(string operatorId, string streamName, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, LedgerSql.SelectStreamPosition, ("o", operatorId), ("s", streamName));
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    public async IAsyncEnumerable<LoggedBatch> ReadBatchesAsync(string operatorId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            "SELECT log_seq, stream_name, batch_seq, received_at_ms, payload, counted_mask FROM usage_log WHERE operator_id = @o ORDER BY log_seq", ("o", operatorId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new LoggedBatch(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), (byte[])reader.GetValue(4), (byte[])reader.GetValue(5));
        }
    }

    /// <summary>The stored ack of a batch and the digest of its content (null for a row stored before digests were kept); null when not held.</summary>
    public async Task<HeldBatch?> GetHeldBatchAsync(string operatorId, string streamName, long batchSeq, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            "SELECT l.ack, d.content_sha256 FROM usage_log l LEFT JOIN usage_log_digests d ON d.log_seq = l.log_seq " +
            "WHERE l.operator_id = @o AND l.stream_name = @s AND l.batch_seq = @q", ("o", operatorId), ("s", streamName), ("q", batchSeq));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new HeldBatch((byte[])reader.GetValue(0), reader.IsDBNull(1) ? null : (byte[])reader.GetValue(1))
            : null;
    }

    public async Task<byte[]?> GetAckAsync(string operatorId, string streamName, long batchSeq, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            "SELECT ack FROM usage_log WHERE operator_id = @o AND stream_name = @s AND batch_seq = @q", ("o", operatorId), ("s", streamName), ("q", batchSeq));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
    }
}
