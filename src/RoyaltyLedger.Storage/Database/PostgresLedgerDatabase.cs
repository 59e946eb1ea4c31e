using System.Data.Common;
using Npgsql;
using RoyaltyLedger.Storage.Migrations;
using RoyaltyLedger.Storage.Postgres;
using RoyaltyLedger.Storage.Journal;
using RoyaltyLedger.Storage.UsageLog;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Storage.Database;

/// <summary>The ledger in PostgreSQL, shared by every silo of a cluster.</summary>
public sealed class PostgresLedgerDatabase(NpgsqlDataSource dataSource) : LedgerDatabase
{
    // Creates the tables in an empty database or brings an older one to this build's schema (docs/migrations.md),
    // taking turns with other silos starting at the same time.
    public override Task InitializeAsync(CancellationToken cancellationToken) =>
        PostgresMigrations.MigrateAsync(dataSource, [SchemaComponent.Ledger], cancellationToken);

    internal override string? LockJournalHeadSql => "SELECT entry_no FROM journal_heads WHERE partition_no = @q FOR UPDATE";
    internal override string SelectJournalHeadSql => JournalSql.SelectHead + " FOR UPDATE";

    // The rows are locked as the sort returns them, in ascending partition order, as single-partition writers expect.
    internal override string? LockJournalHeadsSql => "SELECT partition_no FROM journal_heads WHERE partition_no < @n ORDER BY partition_no FOR UPDATE";

    /// <summary>
    /// Numbers from journal_entry_no_seq (CACHE 1), taken while the caller holds the partition's lock: every later
    /// append to the partition takes its numbers after these, so they rise within the partition; numbers another
    /// partition took in between, or a rolled-back append took, are gaps between partitions' entries.
    /// </summary>
    internal override async Task<IReadOnlyList<long>> NextEntryNumbersAsync(DbConnection connection, DbTransaction transaction, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        await using var command = new NpgsqlCommand(
            "SELECT nextval('journal_entry_no_seq') FROM generate_series(1, @n)", (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("n", count);
        var numbers = new List<long>(count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            numbers.Add(reader.GetInt64(0));
        }

        numbers.Sort();
        return numbers;
    }

    internal override Task InsertJournalRowsAsync(DbConnection connection, DbTransaction transaction, JournalRows rows, CancellationToken cancellationToken) =>
        PostgresJournalWriter.InsertAsync((NpgsqlConnection)connection, (NpgsqlTransaction)transaction, rows, cancellationToken);

    internal override Task UpsertTotalsInBulkAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<TotalsDelta> totals, CancellationToken cancellationToken) =>
        PostgresTotalsWriter.UpsertAsync((NpgsqlConnection)connection, (NpgsqlTransaction)transaction, totals, TotalsPerStatement, cancellationToken);

    internal override Task InsertWorkLogInBulkAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<(string WorkId, long LogSeq)> rows, CancellationToken cancellationToken) =>
        PostgresWorkLogWriter.InsertAsync((NpgsqlConnection)connection, (NpgsqlTransaction)transaction, rows, cancellationToken);

    internal override string InsertLogSql =>
        "INSERT INTO usage_log (log_seq, operator_id, stream_name, batch_seq, received_at_ms, counted, payload, counted_mask, ack) " +
        "VALUES (nextval('usage_log_seq'), @o, @s, @q, @r, @c, @p, @m, @a) RETURNING log_seq";

    /// <summary>One statement per batch: the keys travel as one bytea[] parameter and are unnested by the server.</summary>
    internal override async Task<HashSet<string>?> InsertKeysAsync(
        DbConnection connection, DbTransaction transaction, LogStatements statements, long operatorNo, IReadOnlyList<byte[]> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return null;
        }

        await using var command = new NpgsqlCommand(
            "INSERT INTO usage_event_ids (operator_no, event_key) SELECT @n, k FROM unnest(@k) AS k ON CONFLICT DO NOTHING RETURNING event_key",
            (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("n", operatorNo);
        command.Parameters.Add(new NpgsqlParameter<byte[][]>("k", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Bytea) { TypedValue = [.. keys] });
        var returned = new List<byte[]>(keys.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            returned.Add(reader.GetFieldValue<byte[]>(0));
        }

        return returned.Count == keys.Count ? null : returned.Select(Convert.ToBase64String).ToHashSet(StringComparer.Ordinal);
    }

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
}
