using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.Sqlite;

/// <summary>The ledger in a SQLite file (transitional: the feature stores over one <see cref="SqliteLedgerDatabase"/>).</summary>
public sealed class SqliteLedgerStore : SqlLedgerStore, IDisposable
{
    public SqliteLedgerStore(string databasePath)
        : this(new SqliteLedgerDatabase(databasePath))
    {
    }

    public SqliteLedgerStore(string databasePath, TimeSpan busyTimeout)
        : this(new SqliteLedgerDatabase(databasePath, busyTimeout))
    {
    }

    public SqliteLedgerStore(SqliteLedgerDatabase database)
        : base(database)
    {
    }

    public void Dispose() => ((SqliteLedgerDatabase)Database).Dispose();
}
