using System.Data;
using System.Globalization;
using RoyaltyLedger.Application.UsageLog;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage.Database;
using RoyaltyLedger.Storage.Rerate;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;

namespace RoyaltyLedger.Storage.UsageLog;

/// <summary>What a replay of the usage log compares with: the works rated so far and what the journal posted for them.</summary>
public sealed class SqlLogReplayStore : ILogReplayStore
{
    private const string RatedWorksPage =
        "SELECT work_id FROM (SELECT work_id FROM work_log UNION SELECT l.work_id FROM journal_lines l " +
        "JOIN journal_entries e ON e.entry_no = l.entry_no WHERE e.kind IN ('usage', 'adjustment') AND l.work_id <> '') w " +
        "WHERE work_id > @a ORDER BY work_id LIMIT @n";

    private readonly LedgerDatabase _database;

    public SqlLogReplayStore(LedgerDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public async Task<IReadOnlyList<string>> RatedWorksAsync(string afterWorkId, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(afterWorkId);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, ILogReplayStore.MaxWorksPerPage);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, RatedWorksPage, ("a", afterWorkId), ("n", (long)limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var works = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            works.Add(reader.GetString(0));
        }

        // The database's collation may not be ordinal; the caller pages by the last id, so the page is sorted here too.
        works.Sort(StringComparer.Ordinal);
        return works;
    }

    public async Task<IReadOnlyList<RatingEffect>> JournalRatingEffectAsync(IReadOnlyCollection<string> workIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workIds);
        var effects = new List<RatingEffect>();
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        foreach (var workId in workIds)
        {
            // The same sums a re-rating compares with, read the same way.
            foreach (var line in await WorkPostings.ReadAsync(connection, transaction, workId, cancellationToken).ConfigureAwait(false))
            {
                effects.Add(new RatingEffect(workId, line.Account, line.Currency, line.AmountNanos));
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return effects;
    }

    public async Task<long> CountRerateRequestsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, "SELECT COUNT(*) FROM rerate_queue");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }
}
