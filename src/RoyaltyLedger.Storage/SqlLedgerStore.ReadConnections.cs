using System.Data.Common;

namespace RoyaltyLedger.Storage;

public abstract partial class SqlLedgerStore
{
    /// <summary>
    /// A connection as the store's own reads get it (on SQLite with the Int128 functions registered), for the per-feature
    /// read stores such as <see cref="Statements.SqlStatementReadStore"/>. The caller disposes it.
    /// </summary>
    internal ValueTask<DbConnection> OpenReadConnectionAsync(CancellationToken cancellationToken) => OpenAsync(cancellationToken);
}
