using System.Data.Common;
using System.Globalization;
using RoyaltyLedger.Storage.Projection;
using RoyaltyLedger.Storage.Quarantine;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Quarantine;

namespace RoyaltyLedger.Storage;

public partial class SqlLedgerStore : IQuarantineStore
{
    public async Task<IReadOnlyList<QuarantinedUse>> ListQuarantinedAsync(long afterLogSeq, int afterEventIndex, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, IQuarantineStore.MaxPerPage);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, QuarantineSql.Page, ("l", afterLogSeq), ("i", afterEventIndex), ("n", limit));
        return await ReadQuarantinedAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<QuarantinedUse?> GetQuarantinedAsync(long logSeq, int eventIndex, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, QuarantineSql.One, ("l", logSeq), ("i", eventIndex));
        return (await ReadQuarantinedAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    public async Task<QuarantineSummary> SummarizeQuarantineAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
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

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in logSeqs.Distinct().Chunk(MaxListParameters))
        {
            var (list, parameters) = InList("l", chunk);
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
            await WriteAsync<bool>(async (connection, transaction) =>
            {
                await WriteRoundAsync(connection, transaction, commit, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// Releases the uses a retry posts (every one must still be quarantined, else another retry posted it: a conflict),
    /// then writes the uses set aside, in the commit's transaction.
    /// </summary>
    private static async Task WriteQuarantineAsync(DbConnection connection, DbTransaction transaction, ProjectionCommit commit, CancellationToken cancellationToken)
    {
        if (commit.Released.Count > 0)
        {
            await using var delete = Command(connection, transaction, QuarantineSql.Delete, ("l", 0L), ("i", 0));
            foreach (var (logSeq, eventIndex) in commit.Released.Order())
            {
                delete.Parameters["l"].Value = logSeq;
                delete.Parameters["i"].Value = eventIndex;
                if (await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
                {
                    throw new ProjectionConflictException($"quarantined use ({logSeq}, {eventIndex}) was already retried");
                }
            }
        }

        if (commit.Quarantined.Count == 0)
        {
            return;
        }

        await using var upsert = Command(connection, transaction, QuarantineSql.Upsert,
            ("l", 0L), ("i", 0), ("o", ""), ("e", ""), ("w", ""), ("t", ""), ("m", ""), ("f", 0L), ("a", 0L), ("n", 0));
        foreach (var use in commit.Quarantined.OrderBy(u => (u.LogSeq, u.EventIndex)))
        {
            var p = upsert.Parameters;
            p["l"].Value = use.LogSeq;
            p["i"].Value = use.EventIndex;
            p["o"].Value = use.OperatorId;
            p["e"].Value = use.EventId;
            p["w"].Value = use.WorkId;
            p["t"].Value = use.ErrorType;
            p["m"].Value = UseKeys.Cut(use.ErrorMessage);
            p["f"].Value = use.FirstQuarantinedAtUnixMs;
            p["a"].Value = use.QuarantinedAtUnixMs;
            p["n"].Value = use.Attempts;
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
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
