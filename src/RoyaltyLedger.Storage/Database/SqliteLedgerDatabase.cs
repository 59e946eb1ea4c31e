using System.Data.Common;
using Microsoft.Data.Sqlite;
using RoyaltyLedger.Storage.Amounts;
using RoyaltyLedger.Storage.Journal;

using RoyaltyLedger.Storage.Migrations;
using RoyaltyLedger.Storage.Sqlite;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Storage.Database;

/// <summary>
/// The ledger in a SQLite file, for the embedded single-process server. SQLite has one writer at a
/// time, so writers queue on a semaphore here rather than spin on SQLITE_BUSY inside the driver.
/// </summary>
public sealed class SqliteLedgerDatabase : LedgerDatabase, IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private DbConnection? _logConnection;
    private readonly CancellationTokenSource _stopping = new();
    private Task? _checkpointer;

    /// <summary>How often the background checkpointer copies the write-ahead log into the database file.</summary>
    public static readonly TimeSpan CheckpointInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>WAL frames (pages) beyond which writers pause for a checkpoint that restarts the log: 64 MB of 4 KB pages.</summary>
    public const int MaxWalFrames = 16_384;

    public SqliteLedgerDatabase(string databasePath)
        : this(databasePath, TimeSpan.FromSeconds(30))
    {
    }

    /// <param name="databasePath">The ledger's file.</param>
    /// <param name="busyTimeout">How long a statement waits for another connection's lock before failing SQLITE_BUSY.</param>
    public SqliteLedgerDatabase(string databasePath, TimeSpan busyTimeout)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        }.ToString();
    }

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        // Creates the tables in a new file or brings an older one to this build's schema (docs/migrations.md); it also
        // sets the file to WAL, which lets statements be read while a batch commits.
        await SqliteMigrations.MigrateAsync([(SchemaComponent.Ledger, _connectionString)], cancellationToken).ConfigureAwait(false);
        _checkpointer ??= Task.Run(CheckpointLoopAsync, CancellationToken.None);
    }

    /// <summary>
    /// The usage log's writer does not checkpoint (wal_autocheckpoint = 0 on its connection): copying the log into the
    /// database file inside a commit stalls every batch waiting on that commit. This loop checkpoints PASSIVE instead,
    /// beside the writer; and because a log that is written without pause is never restarted by PASSIVE checkpoints
    /// alone, once it passes <see cref="MaxWalFrames"/> the loop pauses the writers for a TRUNCATE checkpoint, which is
    /// short since the PASSIVE ones already copied nearly everything. Durability is unchanged.
    /// </summary>
    private async Task CheckpointLoopAsync()
    {
        using var timer = new PeriodicTimer(CheckpointInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token).ConfigureAwait(false))
            {
                try
                {
                    await using var connection = await OpenAsync(_stopping.Token).ConfigureAwait(false);
                    if (await CheckpointAsync(connection, "PASSIVE").ConfigureAwait(false) > MaxWalFrames)
                    {
                        await _writer.WaitAsync(_stopping.Token).ConfigureAwait(false);
                        try
                        {
                            await CheckpointAsync(connection, "TRUNCATE").ConfigureAwait(false);
                        }
                        finally
                        {
                            _writer.Release();
                        }
                    }
                }
                catch (SqliteException)
                {
                    // A busy or locked database only delays this checkpoint to the next tick.
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Disposed.
        }
    }

    /// <summary>Runs a checkpoint and returns the frames in the log afterwards.</summary>
    private async Task<long> CheckpointAsync(DbConnection connection, string mode)
    {
        await using var checkpoint = Command(connection, null, $"PRAGMA wal_checkpoint({mode})");
        await using var reader = await checkpoint.ExecuteReaderAsync(_stopping.Token).ConfigureAwait(false);
        return await reader.ReadAsync(_stopping.Token).ConfigureAwait(false) ? reader.GetInt64(1) : 0;
    }

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Amounts are offset-binary BLOBs; every statement that adds or sums them uses these exact functions.
        SqliteInt128Functions.Register(connection);
        // FULL makes a commit durable against power loss, not only against a process crash: an
        // acknowledged batch must survive both.
        await using var pragma = Command(connection, null, "PRAGMA synchronous = FULL");
        await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    public override async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
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

    internal override Task InsertJournalRowsAsync(DbConnection connection, DbTransaction transaction, JournalRows rows, CancellationToken cancellationToken) =>
        SqliteJournalWriter.InsertAsync(connection, transaction, rows, cancellationToken);

    /// <summary>
    /// The highest number plus one, and on: SQLite's one writer holds every partition's appends in turn, so numbers
    /// stay dense across partitions as they were before them.
    /// </summary>
    internal override async Task<IReadOnlyList<long>> NextEntryNumbersAsync(DbConnection connection, DbTransaction transaction, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        await using var command = Command(connection, transaction, JournalSql.MaxEntryNo);
        var max = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        return [.. Enumerable.Range(1, count).Select(i => checked(max + i))];
    }

    internal override Task UpsertTotalsInBulkAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<TotalsDelta> totals, CancellationToken cancellationToken) =>
        SqliteTotalsWriter.UpsertAsync(connection, transaction, totals, TotalsPerStatement, cancellationToken);

    internal override Task InsertWorkLogInBulkAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<(string WorkId, long LogSeq)> rows, CancellationToken cancellationToken) =>
        SqliteWorkLogWriter.InsertAsync(connection, transaction, rows, cancellationToken);

    internal override string InsertLogSql =>
        "INSERT INTO usage_log (operator_id, stream_name, batch_seq, received_at_ms, counted, payload, counted_mask, ack) " +
        "VALUES (@o, @s, @q, @r, @c, @p, @m, @a) RETURNING log_seq";

    /// <summary>The usage log's writer keeps one connection, so that its prepared statements live as long as it does.</summary>
    internal override async Task<T> RunLogWriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_logConnection is null)
            {
                _logConnection = await OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var noCheckpoint = Command(_logConnection, null, "PRAGMA wal_autocheckpoint = 0");
                await noCheckpoint.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            try
            {
                await using var transaction = await _logConnection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                var result = await work(_logConnection, transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch (SqliteException)
            {
                // The transaction rolled back; start the next group on a fresh connection in case this one is broken.
                await _logConnection.DisposeAsync().ConfigureAwait(false);
                _logConnection = null;
                throw;
            }
        }
        finally
        {
            _writer.Release();
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        try
        {
            _checkpointer?.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends by cancellation.
        }

        _stopping.Dispose();
        _logConnection?.Dispose();
        _writer.Dispose();
    }
}
