using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Rerate;
using RoyaltyLedger.Storage.Amounts;
using RoyaltyLedger.Storage.Database;
using RoyaltyLedger.Storage.Journal;
using RoyaltyLedger.Storage.Rerate;
using RoyaltyLedger.Storage.UsageLog;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;

namespace RoyaltyLedger.Storage.Projection;

/// <summary>
/// The projection: the pending log rows it reads, its rounds' commits (<see cref="ProjectionRound"/>), its suspense
/// (events naming unregistered works) and matches, the identifier index and the totals read back.
/// </summary>
public sealed class SqlUsageProjectionStore : IUsageProjectionStore
{
    private readonly LedgerDatabase _database;
    private readonly JournalAppender _journal;
    private readonly BulkTotals _totals;
    private readonly BulkWorkLog _workLog;
    private readonly ProjectionRound _round;

    public SqlUsageProjectionStore(LedgerDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _journal = new JournalAppender(database);
        _totals = new BulkTotals(database);
        _workLog = new BulkWorkLog(database);
        _round = new ProjectionRound(_journal, _totals, _workLog);
    }

    public async Task<IReadOnlyList<PendingBatch>> ReadPendingAsync(int partition, int maxBatches, long maxEvents, long afterLogSeq, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(partition);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatches, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxBatches, SqlLists.MaxParameters);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEvents, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(afterLogSeq);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var chosen = new List<long>();
        await using (var heads = Command(connection, null, ProjectionSql.PendingHeads, ("p", partition), ("after", afterLogSeq), ("n", maxBatches)))
        await using (var reader = await heads.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            long events = 0;
            while (events < maxEvents && await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var logSeq = reader.GetInt64(0);
                if (reader.IsDBNull(2))
                {
                    throw new UnreachableException($"usage_log_pending holds log_seq {logSeq}, which has no usage_log row");
                }

                chosen.Add(logSeq);
                events += reader.GetInt64(1);
            }
        }

        if (chosen.Count == 0)
        {
            return [];
        }

        var (list, parameters) = SqlLists.InList("l", chosen);
        return await ReadBatchesAsync(connection,
            $"SELECT {ProjectionSql.PendingRowColumns} FROM usage_log l JOIN usage_log_pending p ON p.log_seq = l.log_seq AND p.partition_no = @p " +
            $"WHERE l.log_seq IN ({list}) ORDER BY l.log_seq", [.. parameters, ("p", partition)], cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> CountPendingAsync(int partition, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, ProjectionSql.CountPending, ("p", partition));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<PendingBatch>> ReadUnfiledAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadBatchesAsync(connection, ProjectionSql.Unfiled, [("n", limit)], cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> FileAsync(long logSeq, IReadOnlyList<(int Partition, int Counted, byte[] Mask)> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return await _database.WriteAsync(async (connection, transaction) =>
        {
            await using (var delete = Command(connection, transaction, ProjectionSql.DeleteUnfiled, ("l", logSeq)))
            {
                if (await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
                {
                    return false;
                }
            }

            await using var insert = Command(connection, transaction, ProjectionSql.InsertFiled, ("p", 0), ("l", logSeq), ("c", 0), ("m", Array.Empty<byte>()));
            foreach (var (partition, counted, mask) in rows)
            {
                (insert.Parameters["p"].Value, insert.Parameters["c"].Value, insert.Parameters["m"].Value) = (partition, counted, mask);
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<PendingBatch>> ReadBatchesAsync(
        DbConnection connection, string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, sql, parameters);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var batches = new List<PendingBatch>();
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            batches.Add(new PendingBatch(rows.GetInt64(0), rows.GetString(1), rows.GetInt32(2),
                rows.GetFieldValue<byte[]>(3), rows.GetFieldValue<byte[]>(4)));
        }

        return batches;
    }

    public async Task<IReadOnlyDictionary<WorkRef, string>> FindWorksByIdentifierAsync(IReadOnlyCollection<WorkRef> identifiers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identifiers);
        var found = new Dictionary<WorkRef, string>();
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in identifiers.Distinct().Chunk(SqlLists.MaxParameters / 2))
        {
            var parameters = chunk.SelectMany((r, i) => new (string, object)[] { ($"s{i}", r.Scheme), ($"v{i}", r.Value) }).ToArray();
            var where = string.Join(" OR ", chunk.Select((_, i) => $"(scheme = @s{i} AND value = @v{i})"));
            await using var command = Command(connection, null, $"SELECT scheme, value, work_id FROM work_identifiers WHERE {where}", parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                found[new WorkRef(reader.GetString(0), reader.GetString(1))] = reader.GetString(2);
            }
        }

        return found;
    }

    public async Task<bool> CommitRoundAsync(ProjectionCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        try
        {
            return await _database.WriteAsync(async (connection, transaction) =>
            {
                await _round.WriteAsync(connection, transaction, commit, cancellationToken).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (ProjectionConflictException)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<SuspenseCandidate>> FindSuspenseMatchesAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, ProjectionSql.SuspenseMatches, ("n", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<SuspenseCandidate>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var use = new UnidentifiedUse(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetInt32(8),
                reader.GetInt64(9), reader.GetString(10), reader.GetInt64(11));
            found.Add(new SuspenseCandidate(use, reader.GetString(12)));
        }

        return found;
    }

    public async Task<IReadOnlyDictionary<long, byte[]>> ReadPayloadsAsync(IReadOnlyCollection<long> logSeqs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logSeqs);
        var payloads = new Dictionary<long, byte[]>();
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in logSeqs.Distinct().Chunk(SqlLists.MaxParameters))
        {
            var (list, parameters) = SqlLists.InList("l", chunk);
            await using var command = Command(connection, null, $"SELECT log_seq, payload FROM usage_log WHERE log_seq IN ({list})", parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                payloads[reader.GetInt64(0)] = reader.GetFieldValue<byte[]>(1);
            }
        }

        return payloads;
    }

    public async Task<bool> CommitMatchesAsync(MatchCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        try
        {
            return await _database.WriteAsync(async (connection, transaction) =>
            {
                // The matched works' partitions, ascending, as every writer holding several takes them (docs/partitions.md).
                foreach (var partition in commit.Matches.Select(m => m.Partition).Distinct().Order())
                {
                    await _journal.LockAsync(connection, transaction, partition, cancellationToken).ConfigureAwait(false);
                }

                await MarkMatchedAsync(connection, transaction, commit, cancellationToken).ConfigureAwait(false);
                await _totals.AddAsync(connection, transaction, commit.Totals, cancellationToken).ConfigureAwait(false);
                // The matched uses become the work's: its re-rating reads them back, prices them and posts them.
                await _workLog.InsertAsync(connection, transaction, commit.Matches.Select(m => (m.WorkId, m.LogSeq)), cancellationToken).ConfigureAwait(false);
                var partitions = commit.Matches.GroupBy(m => m.WorkId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Partition, StringComparer.Ordinal);
                await RerateQueue.EnqueueAsync(connection, transaction, partitions.Keys, RerateReasons.SuspenseMatched,
                    commit.MatchedAtUnixMs, cancellationToken, partitionOf: w => partitions[w]).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (ProjectionConflictException)
        {
            return false;
        }
    }

    private static async Task MarkMatchedAsync(DbConnection connection, DbTransaction transaction, MatchCommit commit, CancellationToken cancellationToken)
    {
        await using var mark = Command(connection, transaction, ProjectionSql.MarkMatched,
            ("w", ""), ("t", commit.MatchedAtUnixMs), ("l", 0L), ("i", 0));
        foreach (var match in commit.Matches.OrderBy(m => m.LogSeq).ThenBy(m => m.EventIndex))
        {
            mark.Parameters["w"].Value = match.WorkId;
            mark.Parameters["l"].Value = match.LogSeq;
            mark.Parameters["i"].Value = match.EventIndex;
            if (await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                throw new ProjectionConflictException($"event {match.EventIndex} of log row {match.LogSeq} was already matched or is not in suspense");
            }
        }
    }

    public Task<int> IndexWorkIdentifiersAsync(string workId, IReadOnlyCollection<WorkRef> identifiers, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(workId);
        ArgumentNullException.ThrowIfNull(identifiers);
        return _database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = Command(connection, transaction, ProjectionSql.IndexWorkIdentifier, ("s", ""), ("v", ""), ("w", workId));
            var added = 0;
            foreach (var identifier in identifiers)
            {
                insert.Parameters["s"].Value = identifier.Scheme;
                insert.Parameters["v"].Value = identifier.Value;
                added += await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return added;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<UsageTotal>> GetWorkTotalsAsync(string workId, CancellationToken cancellationToken) =>
        ReadTotalsAsync(ProjectionSql.WorkTotals, ("w", workId), cancellationToken);

    public Task<IReadOnlyList<UsageTotal>> GetModelTotalsAsync(string modelId, CancellationToken cancellationToken) =>
        ReadTotalsAsync(ProjectionSql.ModelTotals, ("m", modelId), cancellationToken);

    private async Task<IReadOnlyList<UsageTotal>> ReadTotalsAsync(string sql, (string Name, object Value) filter, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, sql, filter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<UsageTotal>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new UsageTotal(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetInt64(8), reader.GetInt128(9), reader.GetInt128(10),
                reader.GetInt64(11), reader.GetInt64(12)));
        }

        // Sorted here rather than in SQL so that SQLite and PostgreSQL collations give the same order.
        return [.. rows.OrderBy(r => new TotalsKey("", r.WorkId, r.OperatorId, r.ModelId, r.UseKind, r.Status, r.UnitKind, r.Currency, r.Period))];
    }
}
