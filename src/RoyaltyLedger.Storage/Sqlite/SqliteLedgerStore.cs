using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace RoyaltyLedger.Storage.Sqlite;

/// <summary>
/// The ledger in a SQLite file, for the embedded single-process server. SQLite has one writer at a
/// time, so writers queue on a semaphore here rather than spin on SQLITE_BUSY inside the driver.
/// </summary>
public sealed class SqliteLedgerStore : SqlLedgerStore, IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private DbConnection? _logConnection;

    public SqliteLedgerStore(string databasePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
    }

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        // WAL lets statements be read while a batch commits; it is a property of the file and persists.
        await using (var wal = Command(connection, null, "PRAGMA journal_mode = WAL"))
        {
            await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var schema = Command(connection, null, SqlScripts.Read("Sqlite", "ledger"));
        await schema.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        // FULL makes a commit durable against power loss, not only against a process crash: an
        // acknowledged batch must survive both.
        await using var pragma = Command(connection, null, "PRAGMA synchronous = FULL");
        await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    protected override async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.WriteAsync(work, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writer.Release();
        }
    }

    private protected override string InsertLogSql =>
        "INSERT INTO usage_log (operator_id, stream_name, batch_seq, received_at_ms, counted, payload, counted_mask, ack) " +
        "VALUES (@o, @s, @q, @r, @c, @p, @m, @a) RETURNING log_seq";

    /// <summary>The usage log's writer keeps one connection, so that its prepared statements live as long as it does.</summary>
    internal override async Task<T> RunLogWriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _logConnection ??= await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await _logConnection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var result = await work(_logConnection, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        finally
        {
            _writer.Release();
        }
    }

    public void Dispose()
    {
        _logConnection?.Dispose();
        _writer.Dispose();
    }
}
