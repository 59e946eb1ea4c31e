using System.Data.Common;

namespace RoyaltyLedger.Storage;

public abstract partial class SqlLedgerStore
{
    /// <summary>
    /// The statement that locks the journal's head row until the transaction ends, or null where the store's writer
    /// lock already serializes every write transaction (SQLite).
    /// </summary>
    private protected virtual string? LockJournalHeadSql => null;

    /// <summary>
    /// Takes the journal's head lock at the start of a transaction that appends to the journal or replaces totals the
    /// journal's lines stand behind. Every such transaction takes it first, so they serialize in one order.
    /// </summary>
    private protected async Task LockJournalAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (LockJournalHeadSql is { } sql)
        {
            await using var command = Command(connection, transaction, sql);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
