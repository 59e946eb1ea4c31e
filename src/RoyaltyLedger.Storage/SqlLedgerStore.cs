using RoyaltyLedger.Storage.Amounts;
using RoyaltyLedger.Storage.Database;
using RoyaltyLedger.Storage.Journal;
using System.Data.Common;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Application.Statements;

namespace RoyaltyLedger.Storage;

/// <summary>
/// The ledger on any ADO.NET database that speaks the SQL both SQLite and PostgreSQL accept
/// (ON CONFLICT, @-named parameters). Vendors supply connections and schema creation.
/// </summary>
public partial class SqlLedgerStore : ILedgerStore
{
    public SqlLedgerStore(LedgerDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        Database = database;
        JournalAppender = new JournalAppender(database);
    }

    /// <summary>The database every feature's store shares, and the seam between the vendors.</summary>
    public LedgerDatabase Database { get; }

    private protected JournalAppender JournalAppender { get; }

    public Task InitializeAsync(CancellationToken cancellationToken) => Database.InitializeAsync(cancellationToken);

    protected ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) => Database.OpenAsync(cancellationToken);

    /// <summary>Runs a write transaction; SQLite serializes writers here, PostgreSQL does not need to.</summary>
    protected Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        Database.WriteAsync(work, cancellationToken);

    /// <summary>The usage log's store answers this (<see cref="UsageLog.SqlUsageLogStore"/>); ILedgerStore keeps it until it is dissolved.</summary>
    public Task<long> GetLastBatchSeqAsync(string operatorId, string streamName, CancellationToken cancellationToken) =>
        new UsageLog.SqlUsageLogStore(Database).GetLastBatchSeqAsync(operatorId, streamName, cancellationToken);

    public Task UpsertRegistryEntryAsync(RegistryEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return WriteAsync(async (connection, transaction) =>
        {
            await using var command = Command(connection, transaction, LedgerSql.UpsertRegistryEntry,
                ("k", entry.Kind), ("i", entry.Id), ("d", entry.DisplayName), ("j", entry.PayloadJson));
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<RegistryEntry>> ListRegistryEntriesAsync(string kind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, LedgerSql.ListRegistryEntries, ("k", kind));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<RegistryEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new RegistryEntry(kind, reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return entries;
    }

    public async Task<IReadOnlyList<RegistryEntry>> ListRegistryPageAsync(string kind, string afterId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, LedgerSql.ListRegistryPage, ("k", kind), ("a", afterId), ("n", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<RegistryEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new RegistryEntry(kind, reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return entries;
    }

    public async Task<IReadOnlyList<StatementRow>> GetStatementRowsAsync(string creatorId, string periodFrom, string periodTo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(periodFrom);
        ArgumentNullException.ThrowIfNull(periodTo);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, LedgerSql.StatementRows, ("party", creatorId), ("from", periodFrom), ("to", periodTo));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<StatementRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new StatementRow(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetInt64(8), reader.GetInt128(9), reader.GetInt128(10)));
        }

        return rows;
    }

    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters) =>
        LedgerDatabase.Command(connection, transaction, sql, parameters);
}
