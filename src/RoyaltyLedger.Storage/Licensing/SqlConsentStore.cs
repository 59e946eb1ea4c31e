using RoyaltyLedger.Application.Licensing;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.Licensing;

/// <summary>Creators' consent decisions, appended, never changed; the latest per creator, work, use and operator is in force.</summary>
public sealed class SqlConsentStore(LedgerDatabase database) : IConsentStore
{
    private const string ConsentColumns = "seq, creator_id, work_id, use_kind, operator_id, decision, recorded_at_ms, recorded_by";

    private readonly LedgerDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public Task<ConsentEntry> AppendConsentAsync(ConsentEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return _database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = LedgerDatabase.Command(connection, transaction,
                "INSERT INTO consents (creator_id, work_id, use_kind, operator_id, decision, recorded_at_ms, recorded_by) " +
                "VALUES (@c, @w, @u, @o, @d, @t, @b) RETURNING seq",
                ("c", entry.CreatorId), ("w", entry.WorkId), ("u", entry.UseKind), ("o", entry.OperatorId), ("d", entry.Decision),
                ("t", entry.RecordedAtUnixMs), ("b", entry.RecordedBy));
            var sequence = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            await ConsentRows.AppendEffectiveAsync(connection, transaction, sequence, entry.EffectiveFromUnixMs, cancellationToken).ConfigureAwait(false);
            return entry with { Sequence = sequence };
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<ConsentEntry>> ConsentsForWorkAsync(IReadOnlyCollection<string> creatorIds, string workId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(creatorIds);
        var entries = new List<ConsentEntry>();
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null,
            $"SELECT {ConsentColumns} FROM consents c WHERE creator_id = @c AND work_id IN ('', @w) AND seq = " +
            "(SELECT MAX(seq) FROM consents l WHERE l.creator_id = c.creator_id AND l.work_id = c.work_id " +
            "AND l.use_kind = c.use_kind AND l.operator_id = c.operator_id) ORDER BY seq", ("c", ""), ("w", workId));
        foreach (var creatorId in creatorIds)
        {
            command.Parameters["c"].Value = creatorId;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                entries.Add(ConsentRows.Read(reader));
            }
        }

        return entries;
    }

    public async Task<IReadOnlyList<ConsentEntry>> ListConsentsAsync(string creatorId, bool history, CancellationToken cancellationToken)
    {
        var sql = history
            ? $"SELECT {ConsentColumns} FROM consents WHERE creator_id = @c ORDER BY seq"
            : $"SELECT {ConsentColumns} FROM consents c WHERE creator_id = @c AND seq = " +
              "(SELECT MAX(seq) FROM consents l WHERE l.creator_id = c.creator_id AND l.work_id = c.work_id " +
              "AND l.use_kind = c.use_kind AND l.operator_id = c.operator_id) ORDER BY seq";
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null, sql, ("c", creatorId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<ConsentEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(ConsentRows.Read(reader));
        }

        return entries;
    }

    public async Task<IReadOnlyList<ConsentEntry>> ListConsentsPageAsync(string creatorId, bool history, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        var sql = history
            ? $"SELECT {ConsentColumns} FROM consents WHERE creator_id = @c AND seq > @a ORDER BY seq LIMIT @n"
            : $"SELECT {ConsentColumns} FROM consents c WHERE creator_id = @c AND seq > @a AND seq = " +
              "(SELECT MAX(seq) FROM consents l WHERE l.creator_id = c.creator_id AND l.work_id = c.work_id " +
              "AND l.use_kind = c.use_kind AND l.operator_id = c.operator_id) ORDER BY seq LIMIT @n";
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null, sql, ("c", creatorId), ("a", afterSequence), ("n", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<ConsentEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(ConsentRows.Read(reader));
        }

        return entries;
    }
}
