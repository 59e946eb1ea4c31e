using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage.Amounts;
using RoyaltyLedger.Storage.Database;
using RoyaltyLedger.Storage.Journal;
using RoyaltyLedger.Application.Journal;
using RoyaltyLedger.Application.Statements;

namespace RoyaltyLedger.Storage.Statements;

/// <summary>
/// The statement's reads on SQLite or PostgreSQL, each in one read-only snapshot: a deferred transaction on SQLite
/// (WAL readers take no lock and see one commit point; Microsoft.Data.Sqlite's other transactions BEGIN IMMEDIATE and
/// would queue behind ingest's and the projector's writes) and REPEATABLE READ on PostgreSQL.
/// </summary>
public sealed class SqlStatementReadStore(Func<CancellationToken, ValueTask<DbConnection>> open) : IStatementReadStore
{
    /// <summary>Reads through the ledger database's connections (SQLite's carry the Int128 functions the sums need).</summary>
    public SqlStatementReadStore(LedgerDatabase database)
        : this(OpenerOf(database))
    {
    }

    private static Func<CancellationToken, ValueTask<DbConnection>> OpenerOf(LedgerDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.OpenAsync;
    }

    public async Task<StatementSnapshot> ReadStatementAsync(string creatorId, string periodFrom, string periodTo, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(creatorId);
        ArgumentNullException.ThrowIfNull(periodFrom);
        ArgumentNullException.ThrowIfNull(periodTo);
        await using var connection = await open(cancellationToken).ConfigureAwait(false);
        await using var snapshot = await BeginSnapshotAsync(connection, cancellationToken).ConfigureAwait(false);
        var (lag, _) = await ReadLagAsync(connection, snapshot, cancellationToken).ConfigureAwait(false);
        var name = await ScalarAsync(connection, snapshot, StatementSql.DisplayName, cancellationToken, ("party", creatorId)).ConfigureAwait(false);
        var rows = await ReadRowsAsync(connection, snapshot, creatorId, periodFrom, periodTo, cancellationToken).ConfigureAwait(false);
        var accounts = await ReadAccountsAsync(connection, snapshot, creatorId, cancellationToken).ConfigureAwait(false);
        await snapshot.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StatementSnapshot(lag, name as string, rows, accounts);
    }

    public async Task<ProjectionProgress> ReadProgressAsync(CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken).ConfigureAwait(false);
        await using var snapshot = await BeginSnapshotAsync(connection, cancellationToken).ConfigureAwait(false);
        var (lag, latest) = await ReadLagAsync(connection, snapshot, cancellationToken).ConfigureAwait(false);
        var matchable = Count(await ScalarAsync(connection, snapshot, StatementSql.SuspenseMatchable, cancellationToken).ConfigureAwait(false)) > 0;
        await snapshot.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ProjectionProgress(lag, latest, matchable);
    }

    private static async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);

    private static async Task<(ProjectionLag Lag, long LatestLogPosition)> ReadLagAsync(DbConnection connection, DbTransaction snapshot, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, snapshot, StatementSql.Lag);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidDataException("the lag query returned no row");
        }

        var (pending, oldestPending, latest, rerates) = (Count(reader[0]), reader.IsDBNull(1) ? (long?)null : Count(reader[1]), Count(reader[2]), Count(reader[3]));
        // Every row before the oldest pending one is projected; with none pending, the whole log is.
        var asOf = oldestPending is { } oldest ? oldest - 1 : latest;
        return (new ProjectionLag(asOf, pending, rerates), latest);
    }

    private static async Task<IReadOnlyList<TitledStatementRow>> ReadRowsAsync(
        DbConnection connection, DbTransaction snapshot, string creatorId, string periodFrom, string periodTo, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, snapshot, StatementSql.Rows, ("party", creatorId), ("from", periodFrom), ("to", periodTo));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<TitledStatementRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = new StatementRow(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetInt64(8), reader.GetInt128(9), reader.GetInt128(10));
            rows.Add(new TitledStatementRow(row, reader.GetString(11)));
        }

        return rows;
    }

    private static async Task<IReadOnlyList<PartyAccount>> ReadAccountsAsync(DbConnection connection, DbTransaction snapshot, string partyId, CancellationToken cancellationToken)
    {
        var fold = new PartyAccountFold();
        await using (var lines = Command(connection, snapshot, StatementSql.PartyLines, ("p", Accounts.Party(partyId)), ("c", Accounts.Claimed(partyId))))
        await using (var reader = await lines.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                fold.AddJournalSum(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt128(3));
            }
        }

        await using (var payouts = Command(connection, snapshot, StatementSql.PartyPayouts, ("id", partyId)))
        await using (var reader = await payouts.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                fold.SetPayouts(reader.GetString(0), reader.GetInt128(1), reader.GetInt128(2), reader.GetInt128(3));
            }
        }

        return fold.Accounts;
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction snapshot, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, snapshot, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    private static long Count(object? value) => value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static DbCommand Command(DbConnection connection, DbTransaction snapshot, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = snapshot;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
