using System.Data;
using System.Data.Common;
using RoyaltyLedger.Storage.Journal;
using RoyaltyLedger.Storage.UsageLog;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Storage.Database;

/// <summary>
/// The ledger's database, the one seam between the SQL both SQLite and PostgreSQL accept (ON CONFLICT, @-named
/// parameters), which every feature's store writes, and what each vendor does its own way: opening connections,
/// serializing writers, creating the schema, and the bulk statements and locks that differ. Stores for several
/// features join one transaction by taking the connection and transaction a write hands them.
/// </summary>
public abstract class LedgerDatabase
{
    /// <summary>Rows per bulk totals statement.</summary>
    internal const int TotalsPerStatement = 5_000;

    /// <summary>Creates the ledger tables if they do not exist. Safe to call on every start.</summary>
    public abstract Task InitializeAsync(CancellationToken cancellationToken);

    public abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Runs a write transaction; SQLite serializes writers here, PostgreSQL does not need to.</summary>
    public virtual async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await work(connection, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (DbException ex) when (Amounts.StoredAmountOverflow.Is(ex))
        {
            // The transaction rolls back; the caller learns which bound was hit rather than a driver error.
            throw Amounts.StoredAmountOverflow.From(ex);
        }
    }

    /// <summary>Runs one group commit of the usage log. SQLite keeps one connection for it, with its statements prepared once.</summary>
    internal virtual Task<T> RunLogWriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        WriteAsync(work, cancellationToken);

    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(parameters);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = Amounts.Int128Parameters.ToProvider(connection, value);
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Inserts the entries, their lines and the balance changes of one journal append; the vendor chooses how to batch them.</summary>
    internal abstract Task InsertJournalRowsAsync(DbConnection connection, DbTransaction transaction, JournalRows rows, CancellationToken cancellationToken);

    /// <summary>Reads a partition's head (@q); PostgreSQL adds FOR UPDATE so that the row stays locked until the transaction ends.</summary>
    internal virtual string SelectJournalHeadSql => JournalSql.SelectHead;

    /// <summary>
    /// The statement that locks a partition's head row (@q) until the transaction ends, or null where the writer lock
    /// already serializes every write transaction (SQLite).
    /// </summary>
    internal virtual string? LockJournalHeadSql => null;

    /// <summary>The statement that locks the head rows of partitions below @n in ascending order, or null as above.</summary>
    internal virtual string? LockJournalHeadsSql => null;

    /// <summary>
    /// Numbers for <paramref name="count"/> new entries, rising, each above every entry already in the journal's
    /// partition being appended to. <c>entry_no</c> is the journal's one key across partitions.
    /// </summary>
    internal abstract Task<IReadOnlyList<long>> NextEntryNumbersAsync(DbConnection connection, DbTransaction transaction, int count, CancellationToken cancellationToken);

    /// <summary>
    /// Upserts the totals deltas, in the order given (key order, so concurrent writers lock rows alike), in bulk
    /// statements of at most <see cref="TotalsPerStatement"/> rows (one upsert per row took 340–540 ms of a 20,000-row
    /// commit on SQLite).
    /// </summary>
    internal abstract Task UpsertTotalsInBulkAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<TotalsDelta> totals, CancellationToken cancellationToken);

    /// <summary>Inserts work-log rows, distinct and in order, in one statement, doing nothing for a pair already held.</summary>
    internal abstract Task InsertWorkLogInBulkAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<(string WorkId, long LogSeq)> rows, CancellationToken cancellationToken);

    /// <summary>Inserts a usage log row and returns its sequence number.</summary>
    internal abstract string InsertLogSql { get; }

    /// <summary>
    /// Inserts the event keys, skipping those already held. Returns null when every key was new (the common case, which
    /// then needs no matching), else the base64 of the keys inserted.
    /// </summary>
    internal virtual async Task<HashSet<string>?> InsertKeysAsync(
        DbConnection connection, DbTransaction transaction, LogStatements statements, long operatorNo, IReadOnlyList<byte[]> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(keys);
        var returned = new List<byte[]>(keys.Count);
        if (keys.Count > 0)
        {
            await using var reader = await statements.KeysAsJson(transaction, operatorNo, keys).ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                returned.Add((byte[])reader.GetValue(0));
            }
        }

        return returned.Count == keys.Count ? null : returned.Select(Convert.ToBase64String).ToHashSet(StringComparer.Ordinal);
    }
}
