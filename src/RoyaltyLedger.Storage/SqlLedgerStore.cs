using RoyaltyLedger.Storage.Amounts;
using RoyaltyLedger.Storage.Database;
using RoyaltyLedger.Storage.Journal;
using System.Data.Common;

namespace RoyaltyLedger.Storage;

/// <summary>
/// The ledger on any ADO.NET database that speaks the SQL both SQLite and PostgreSQL accept
/// (ON CONFLICT, @-named parameters). Vendors supply connections and schema creation.
/// </summary>
public partial class SqlLedgerStore
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

    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters) =>
        LedgerDatabase.Command(connection, transaction, sql, parameters);
}
