using RoyaltyLedger.Storage.Amounts;
using System.Data.Common;
using RoyaltyLedger.Storage.Projection;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Rerate;

namespace RoyaltyLedger.Storage;

/// <summary>The projection's suspense (events naming unregistered works), the identifier index and the totals read back.</summary>
public partial class SqlLedgerStore
{
    public async Task<IReadOnlyList<SuspenseCandidate>> FindSuspenseMatchesAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
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
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in logSeqs.Distinct().Chunk(MaxListParameters))
        {
            var (list, parameters) = InList("l", chunk);
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
            return await WriteAsync(async (connection, transaction) =>
            {
                await JournalAppender.LockAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                await MarkMatchedAsync(connection, transaction, commit, cancellationToken).ConfigureAwait(false);
                await AddTotalsAsync(connection, transaction, commit.Totals, cancellationToken).ConfigureAwait(false);
                // The matched uses become the work's: its re-rating reads them back, prices them and posts them.
                await InsertWorkLogAsync(connection, transaction, commit.Matches.Select(m => (m.WorkId, m.LogSeq)), cancellationToken).ConfigureAwait(false);
                await EnqueueAsync(connection, transaction, commit.Matches.Select(m => m.WorkId), RerateReasons.SuspenseMatched,
                    commit.MatchedAtUnixMs, cancellationToken).ConfigureAwait(false);
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
        return WriteAsync(async (connection, transaction) =>
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
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
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
