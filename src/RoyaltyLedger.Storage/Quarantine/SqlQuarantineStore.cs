using System.Data.Common;
using System.Globalization;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Quarantine;
using RoyaltyLedger.Storage.Database;
using RoyaltyLedger.Storage.Journal;
using RoyaltyLedger.Storage.Projection;
using RoyaltyLedger.Storage.UsageLog;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;

namespace RoyaltyLedger.Storage.Quarantine;

/// <summary>
/// The uses a projection round set aside, and the probe that tries a round without keeping it. The round's own
/// quarantine writes are <see cref="QuarantineWrites"/>.
/// </summary>
public sealed class SqlQuarantineStore : IQuarantineStore
{
    private readonly LedgerDatabase _database;
    private readonly ProjectionRound _round;

    public SqlQuarantineStore(LedgerDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _round = new ProjectionRound(new JournalAppender(database), new BulkTotals(database), new BulkWorkLog(database));
    }

    public async Task<IReadOnlyList<QuarantinedUse>> ListQuarantinedAsync(long afterLogSeq, int afterEventIndex, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, IQuarantineStore.MaxPerPage);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, QuarantineSql.Page, ("l", afterLogSeq), ("i", afterEventIndex), ("n", limit));
        return await ReadQuarantinedAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<QuarantinedUse?> GetQuarantinedAsync(long logSeq, int eventIndex, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, QuarantineSql.One, ("l", logSeq), ("i", eventIndex));
        return (await ReadQuarantinedAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    public async Task<QuarantineSummary> SummarizeQuarantineAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var count = Command(connection, null, QuarantineSql.Count);
        var n = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (n == 0)
        {
            return QuarantineSummary.Empty;
        }

        await using var oldest = Command(connection, null, QuarantineSql.Oldest);
        return new QuarantineSummary(n, (await ReadQuarantinedAsync(oldest, cancellationToken).ConfigureAwait(false)).SingleOrDefault());
    }

    public async Task<IReadOnlySet<(long LogSeq, int EventIndex)>> ReadQuarantinedKeysAsync(IReadOnlyCollection<long> logSeqs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logSeqs);
        var keys = new HashSet<(long, int)>();
        if (logSeqs.Count == 0)
        {
            return keys;
        }

        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in logSeqs.Distinct().Chunk(SqlLists.MaxParameters))
        {
            var (list, parameters) = SqlLists.InList("l", chunk);
            await using var command = Command(connection, null, $"SELECT log_seq, event_index FROM quarantined_uses WHERE log_seq IN ({list})", parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                keys.Add((reader.GetInt64(0), reader.GetInt32(1)));
            }
        }

        return keys;
    }

    public async Task<QuarantineProbe> ProbeRoundAsync(ProjectionCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        try
        {
            await _database.WriteAsync<bool>(async (connection, transaction) =>
            {
                await _round.WriteAsync(connection, transaction, commit, cancellationToken).ConfigureAwait(false);
                // Throwing out of the unit of work rolls it back; the caller learns only that it would have committed.
                throw new ProbeRollbackException();
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (ProbeRollbackException)
        {
            return QuarantineProbe.Passed;
        }
        catch (ProjectionConflictException)
        {
            return new QuarantineProbe(true, null);
        }
        catch (Exception exception) when (!StorageFaults.IsTransient(exception) && exception is not OperationCanceledException)
        {
            return new QuarantineProbe(false, exception);
        }

        return QuarantineProbe.Passed;
    }

    private static async Task<IReadOnlyList<QuarantinedUse>> ReadQuarantinedAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var uses = new List<QuarantinedUse>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            uses.Add(new QuarantinedUse(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt32(9)));
        }

        return uses;
    }

    /// <summary>Thrown at the end of a probe's unit of work so that it rolls back.</summary>
    private sealed class ProbeRollbackException : Exception;
}
