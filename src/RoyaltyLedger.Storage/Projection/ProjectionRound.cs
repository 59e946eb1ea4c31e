using System.Data.Common;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Storage.Database;
using RoyaltyLedger.Storage.Journal;
using RoyaltyLedger.Storage.Quarantine;
using RoyaltyLedger.Storage.UsageLog;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;

namespace RoyaltyLedger.Storage.Projection;

/// <summary>
/// One projection round's writes in the caller's transaction: a commit (<see cref="SqlUsageProjectionStore"/>) and a
/// quarantine probe, which rolls the same writes back (<see cref="SqlQuarantineStore"/>).
/// </summary>
internal sealed class ProjectionRound(JournalAppender journal, BulkTotals totals, BulkWorkLog workLog)
{
    /// <summary>A round's writes, in the caller's transaction; throws <see cref="ProjectionConflictException"/> when another projector got there first.</summary>
    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, ProjectionCommit commit, CancellationToken cancellationToken)
    {
        // A round holds its own partition's lock only (docs/partitions.md): projectors of other partitions run alongside.
        await journal.LockAsync(connection, transaction, commit.Partition, cancellationToken).ConfigureAwait(false);
        // Deleting first means a second projector holding the same rows waits here on PostgreSQL's row locks, then
        // finds them gone and rolls back before touching any total.
        var deleted = await DeletePendingAsync(connection, transaction, commit.Partition, commit.LogSeqs, cancellationToken).ConfigureAwait(false);
        if (deleted != commit.LogSeqs.Count)
        {
            throw new ProjectionConflictException($"{commit.LogSeqs.Count - deleted} of {commit.LogSeqs.Count} log rows were already projected");
        }

        await QuarantineWrites.WriteAsync(connection, transaction, commit, cancellationToken).ConfigureAwait(false);
        await totals.AddAsync(connection, transaction, commit.Totals, cancellationToken).ConfigureAwait(false);
        await InsertUnidentifiedAsync(connection, transaction, commit.Unidentified, cancellationToken).ConfigureAwait(false);
        await workLog.InsertAsync(connection, transaction, commit.WorkLog, cancellationToken).ConfigureAwait(false);
        await journal.AppendAsync(connection, transaction, commit.Partition, commit.Journal, commit.RecordedAtUnixMs, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> DeletePendingAsync(DbConnection connection, DbTransaction transaction, int partition, IReadOnlyList<long> logSeqs, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var chunk in logSeqs.Chunk(SqlLists.MaxParameters))
        {
            var (list, parameters) = SqlLists.InList("l", chunk);
            await using var command = Command(connection, transaction, $"DELETE FROM usage_log_pending WHERE partition_no = @p AND log_seq IN ({list})", [.. parameters, ("p", partition)]);
            deleted += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return deleted;
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
}
