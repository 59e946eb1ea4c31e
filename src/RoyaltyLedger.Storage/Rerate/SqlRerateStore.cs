using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Rerate;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage.Database;
using RoyaltyLedger.Storage.Journal;
using RoyaltyLedger.Storage.Projection;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;

namespace RoyaltyLedger.Storage.Rerate;

/// <summary>The re-rating queue, the work log it reads back, and a re-rating's commit: an adjustment entry and the work's totals replaced.</summary>
public sealed class SqlRerateStore : IRerateStore
{
    private readonly LedgerDatabase _database;
    private readonly JournalAppender _journal;
    private readonly BulkTotals _totals;
    private readonly LedgerPartitioning _partitioning;

    public SqlRerateStore(LedgerDatabase database, LedgerPartitioning? partitioning = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _partitioning = partitioning ?? LedgerPartitioning.One;
        _journal = new JournalAppender(database);
        _totals = new BulkTotals(database);
    }

    public Task EnqueueRerateAsync(IReadOnlyCollection<string> workIds, string reason, long requestedAtUnixMs, CancellationToken cancellationToken) =>
        EnqueueWithAsync(RerateSql.Enqueue, workIds, reason, requestedAtUnixMs, cancellationToken);

    public Task EnqueueRerateIfUsedAsync(IReadOnlyCollection<string> workIds, string reason, long requestedAtUnixMs, CancellationToken cancellationToken) =>
        EnqueueWithAsync(RerateSql.EnqueueIfUsed, workIds, reason, requestedAtUnixMs, cancellationToken);

    private Task EnqueueWithAsync(string sql, IReadOnlyCollection<string> workIds, string reason, long requestedAtUnixMs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workIds);
        ArgumentException.ThrowIfNullOrEmpty(reason);
        if (workIds.Count == 0)
        {
            return Task.CompletedTask;
        }

        return _database.WriteAsync(
            (connection, transaction) => RerateQueue.EnqueueAsync(connection, transaction, workIds, reason, requestedAtUnixMs, cancellationToken, sql, _partitioning.PartitionOf),
            cancellationToken);
    }

    public async Task<IReadOnlyList<RerateRequest>> PeekRerateRequestsAsync(int partition, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(partition);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, RerateSql.Peek, ("p", partition), ("n", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var requests = new List<RerateRequest>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var request = new RerateRequest(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3));
            // Requests not filed (-1) are read by every partition; each keeps its own works'.
            if (_partitioning.PartitionOf(request.WorkId) == partition)
            {
                requests.Add(request);
            }
        }

        return requests;
    }

    public async Task<IReadOnlyList<long>> ReadWorkLogAsync(string workId, long afterLogSeq, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, SqlLists.MaxParameters);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, RerateSql.WorkLogPage, ("w", workId), ("a", afterLogSeq), ("n", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var logSeqs = new List<long>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            logSeqs.Add(reader.GetInt64(0));
        }

        return logSeqs;
    }

    public async Task<IReadOnlyList<PendingBatch>> ReadLogRowsAsync(IReadOnlyCollection<long> logSeqs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logSeqs);
        var rows = new List<PendingBatch>(logSeqs.Count);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in logSeqs.Chunk(SqlLists.MaxParameters))
        {
            var (list, parameters) = SqlLists.InList("l", chunk);
            await using var command = Command(connection, null,
                $"SELECT log_seq, operator_id, counted, payload, counted_mask FROM usage_log WHERE log_seq IN ({list}) ORDER BY log_seq", parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(new PendingBatch(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2),
                    reader.GetFieldValue<byte[]>(3), reader.GetFieldValue<byte[]>(4)));
            }
        }

        return rows;
    }

    public async Task<IReadOnlyDictionary<(long LogSeq, int EventIndex), string?>> ReadSuspenseAsync(IReadOnlyCollection<long> logSeqs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logSeqs);
        var suspense = new Dictionary<(long, int), string?>();
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in logSeqs.Chunk(SqlLists.MaxParameters))
        {
            var (list, parameters) = SqlLists.InList("l", chunk);
            await using var command = Command(connection, null,
                $"SELECT log_seq, event_index, matched_work_id FROM unidentified_usage WHERE log_seq IN ({list})", parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                suspense[(reader.GetInt64(0), reader.GetInt32(1))] = reader.IsDBNull(2) ? null : reader.GetString(2);
            }
        }

        return suspense;
    }

    public async Task<RerateOutcome> CommitRerateAsync(RerateCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var workId = commit.Request.WorkId;
        return await _database.WriteAsync(async (connection, transaction) =>
        {
            // The work's partition's head is locked first, as every projection commit of that partition does, so that no round adds to this
            // work's lines or totals between the check below and this commit, and no two writers deadlock.
            var partition = _partitioning.PartitionOf(workId);
            await _journal.LockAsync(connection, transaction, partition, cancellationToken).ConfigureAwait(false);
            var (rows, last) = await ReadWorkLogStateAsync(connection, transaction, workId, cancellationToken).ConfigureAwait(false);
            if (rows != commit.LogRows || last != commit.LastLogSeq)
            {
                return RerateOutcome.Conflicted;
            }

            var posted = await WorkPostings.ReadAsync(connection, transaction, workId, cancellationToken).ConfigureAwait(false);
            var adjustment = PostingBook.Difference(commit.Should, posted);
            long? entryNo = null;
            if (adjustment.Count > 0)
            {
                var reference = JsonSerializer.Serialize(new { work = workId, reason = commit.Request.Reason, log_rows = rows, last_log_seq = last });
                var numbers = await _journal.AppendAsync(connection, transaction, partition,
                    [new JournalEntryDraft(EntryKinds.Adjustment, reference, adjustment)], commit.RecordedAtUnixMs, cancellationToken).ConfigureAwait(false);
                entryNo = numbers[0];
            }

            await using (var delete = Command(connection, transaction, RerateSql.DeleteWorkTotals, ("w", workId)))
            {
                await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await _totals.AddAsync(connection, transaction, commit.Totals, cancellationToken).ConfigureAwait(false);
            await using (var dequeue = Command(connection, transaction, RerateSql.Dequeue, ("w", workId), ("v", commit.Request.Version)))
            {
                await dequeue.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return new RerateOutcome(true, adjustment, entryNo);
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(long Rows, long Last)> ReadWorkLogStateAsync(DbConnection connection, DbTransaction transaction, string workId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, RerateSql.WorkLogState, ("w", workId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture));
    }
}
