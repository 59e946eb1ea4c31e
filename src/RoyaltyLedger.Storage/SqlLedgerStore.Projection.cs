using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using RoyaltyLedger.Storage.Projection;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Storage;

public partial class SqlLedgerStore : IUsageProjectionStore
{
    /// <summary>Keeps IN lists and OR chains well below SQLite's and PostgreSQL's parameter limits.</summary>
    private const int MaxListParameters = 500;

    public async Task<IReadOnlyList<PendingBatch>> ReadPendingAsync(int maxBatches, long maxEvents, long afterLogSeq, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatches, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxBatches, MaxListParameters);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEvents, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(afterLogSeq);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var chosen = new List<long>();
        await using (var heads = Command(connection, null, ProjectionSql.PendingHeads, ("after", afterLogSeq), ("n", maxBatches)))
        await using (var reader = await heads.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            long events = 0;
            while (events < maxEvents && await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var logSeq = reader.GetInt64(0);
                if (reader.IsDBNull(1))
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

        var (list, parameters) = InList("l", chosen);
        await using var command = Command(connection, null,
            $"SELECT log_seq, operator_id, counted, payload, counted_mask FROM usage_log WHERE log_seq IN ({list}) ORDER BY log_seq", parameters);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var batches = new List<PendingBatch>(chosen.Count);
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            batches.Add(new PendingBatch(rows.GetInt64(0), rows.GetString(1), rows.GetInt32(2),
                rows.GetFieldValue<byte[]>(3), rows.GetFieldValue<byte[]>(4)));
        }

        return batches;
    }

    public async Task<long> CountPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, ProjectionSql.CountPending);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyDictionary<WorkRef, string>> FindWorksByIdentifierAsync(IReadOnlyCollection<WorkRef> identifiers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identifiers);
        var found = new Dictionary<WorkRef, string>();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in identifiers.Distinct().Chunk(MaxListParameters / 2))
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
            return await WriteAsync(async (connection, transaction) =>
            {
                await WriteRoundAsync(connection, transaction, commit, cancellationToken).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (ProjectionConflictException)
        {
            return false;
        }
    }

    /// <summary>A round's writes, in the caller's transaction; throws <see cref="ProjectionConflictException"/> when another projector got there first.</summary>
    private async Task WriteRoundAsync(DbConnection connection, DbTransaction transaction, ProjectionCommit commit, CancellationToken cancellationToken)
    {
        await JournalAppender.LockAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        // Deleting first means a second projector holding the same rows waits here on PostgreSQL's row locks, then
        // finds them gone and rolls back before touching any total.
        var deleted = await DeletePendingAsync(connection, transaction, commit.LogSeqs, cancellationToken).ConfigureAwait(false);
        if (deleted != commit.LogSeqs.Count)
        {
            throw new ProjectionConflictException($"{commit.LogSeqs.Count - deleted} of {commit.LogSeqs.Count} log rows were already projected");
        }

        await WriteQuarantineAsync(connection, transaction, commit, cancellationToken).ConfigureAwait(false);
        await AddTotalsAsync(connection, transaction, commit.Totals, cancellationToken).ConfigureAwait(false);
        await InsertUnidentifiedAsync(connection, transaction, commit.Unidentified, cancellationToken).ConfigureAwait(false);
        await InsertWorkLogAsync(connection, transaction, commit.WorkLog, cancellationToken).ConfigureAwait(false);
        await JournalAppender.AppendAsync(connection, transaction, commit.Journal, commit.RecordedAtUnixMs, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> DeletePendingAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<long> logSeqs, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var chunk in logSeqs.Chunk(MaxListParameters))
        {
            var (list, parameters) = InList("l", chunk);
            await using var command = Command(connection, transaction, $"DELETE FROM usage_log_pending WHERE log_seq IN ({list})", parameters);
            deleted += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return deleted;
    }

    /// <summary>
    /// Adds each delta in key order (so that concurrent writers lock rows in the same order), in bulk statements; then
    /// checks that no total went negative and drops rows that fell back to zero (suspense rows whose events all found
    /// their work).
    /// </summary>
    private async Task AddTotalsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<TotalsDelta> totals, CancellationToken cancellationToken)
    {
        if (totals.Count == 0)
        {
            return;
        }

        await Database.UpsertTotalsInBulkAsync(connection, transaction, [.. totals.OrderBy(d => d.Key)], cancellationToken).ConfigureAwait(false);
        await CheckTotalsAfterBulkAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
    }

    private static async Task InsertUnidentifiedAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<UnidentifiedUse> uses, CancellationToken cancellationToken)
    {
        // A plain INSERT: the primary key (log_seq, event_index) makes the database refuse to hold an event in suspense twice.
        await using var insert = Command(connection, transaction, ProjectionSql.InsertUnidentified,
            ("l", 0L), ("i", 0), ("o", ""), ("e", ""), ("m", ""), ("w", ""), ("rs", ""), ("rv", ""), ("u", 0), ("n", 0L), ("k", ""), ("t", 0L));
        foreach (var use in uses)
        {
            var p = insert.Parameters;
            p["l"].Value = use.LogSeq;
            p["i"].Value = use.EventIndex;
            p["o"].Value = use.OperatorId;
            p["e"].Value = use.EventId;
            p["m"].Value = use.ModelId;
            p["w"].Value = use.WorkId;
            p["rs"].Value = use.RefScheme;
            p["rv"].Value = use.RefValue;
            p["u"].Value = use.UseKind;
            p["n"].Value = use.Units;
            p["k"].Value = use.UnitKind;
            p["t"].Value = use.OccurredAtUnixMs;
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static (string List, (string Name, object Value)[] Parameters) InList(string prefix, IReadOnlyList<long> values) =>
        (string.Join(", ", values.Select((_, i) => $"@{prefix}{i}")), [.. values.Select((v, i) => ($"{prefix}{i}", (object)v))]);

    /// <summary>Thrown inside a projection transaction to roll it back when another projector got there first.</summary>
    private sealed class ProjectionConflictException(string message) : Exception(message);
}
