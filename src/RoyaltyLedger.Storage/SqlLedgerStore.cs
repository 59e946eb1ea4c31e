using System.Data;
using System.Data.Common;

namespace RoyaltyLedger.Storage;

/// <summary>
/// The ledger on any ADO.NET database that speaks the SQL both SQLite and PostgreSQL accept
/// (ON CONFLICT, @-named parameters). Vendors supply connections and schema creation.
/// </summary>
public abstract partial class SqlLedgerStore : ILedgerStore
{
    public abstract Task InitializeAsync(CancellationToken cancellationToken);

    protected abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Runs a write transaction; SQLite serializes writers here, PostgreSQL does not need to.</summary>
    protected virtual async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        var result = await work(connection, transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    public async Task<long> GetLastBatchSeqAsync(string operatorId, string streamName, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, LedgerSql.SelectStreamPosition, ("o", operatorId), ("s", streamName));
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<byte[]?> GetBatchAckAsync(string operatorId, string streamName, long batchSeq, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, LedgerSql.SelectAck, ("o", operatorId), ("s", streamName), ("q", batchSeq));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
    }

    public Task<byte[]> AppendBatchAsync(BatchAppend batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return WriteAsync(async (connection, transaction) =>
        {
            await AdvanceStreamAsync(connection, transaction, batch, cancellationToken).ConfigureAwait(false);
            var stored = await InsertEventsAsync(connection, transaction, batch, cancellationToken).ConfigureAwait(false);
            var ack = batch.BuildAck(stored);
            await using var command = Command(connection, transaction, LedgerSql.InsertAck,
                ("o", batch.OperatorId), ("s", batch.StreamName), ("q", batch.BatchSeq), ("a", ack));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return ack;
        }, cancellationToken);
    }

    private static async Task AdvanceStreamAsync(DbConnection connection, DbTransaction transaction, BatchAppend batch, CancellationToken cancellationToken)
    {
        // The conditional update is the guard against a second activation of the same stream:
        // only the writer that saw the current position can move it.
        var sql = batch.BatchSeq == 1 ? LedgerSql.InsertStreamPosition : LedgerSql.AdvanceStreamPosition;
        await using var command = Command(connection, transaction, sql,
            ("o", batch.OperatorId), ("s", batch.StreamName), ("q", batch.BatchSeq), ("p", batch.BatchSeq - 1));
        var rows = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        if (rows != 1)
        {
            throw new StreamPositionConflictException(
                $"producer stream {batch.OperatorId}/{batch.StreamName} is not at batch {batch.BatchSeq - 1}; batch {batch.BatchSeq} was not stored");
        }
    }

    private static async Task<bool[]> InsertEventsAsync(DbConnection connection, DbTransaction transaction, BatchAppend batch, CancellationToken cancellationToken)
    {
        var stored = new bool[batch.Events.Count];
        await using var insertEvent = Command(connection, transaction, LedgerSql.InsertEvent,
            ("o", batch.OperatorId), ("e", ""), ("s", batch.StreamName), ("q", batch.BatchSeq), ("m", ""), ("w", ""),
            ("u", 0), ("n", 0L), ("k", ""), ("p", 0), ("t", 0L), ("r", 0L), ("am", ""), ("av", ""),
            ("st", ""), ("l", DBNull.Value), ("c", DBNull.Value), ("x", 0L),
            ("tr", ""), ("rm", DBNull.Value), ("rc", DBNull.Value), ("sr", DBNull.Value));
        await using var insertAccrual = Command(connection, transaction, LedgerSql.InsertAccrual,
            ("party", ""), ("o", batch.OperatorId), ("e", ""), ("b", 0), ("x", 0L));
        for (var i = 0; i < batch.Events.Count; i++)
        {
            var e = batch.Events[i];
            SetEvent(insertEvent.Parameters, e);
            stored[i] = await insertEvent.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
            if (!stored[i])
            {
                continue;
            }

            foreach (var accrual in e.Accruals)
            {
                insertAccrual.Parameters["party"].Value = accrual.PartyId;
                insertAccrual.Parameters["e"].Value = e.EventId;
                insertAccrual.Parameters["b"].Value = accrual.ShareBasisPoints;
                insertAccrual.Parameters["x"].Value = accrual.AmountNanos;
                await insertAccrual.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return stored;
    }

    private static void SetEvent(DbParameterCollection p, StoredEvent e)
    {
        p["e"].Value = e.EventId;
        p["m"].Value = e.ModelId;
        p["w"].Value = e.WorkId;
        p["u"].Value = e.UseKind;
        p["n"].Value = e.Units;
        p["k"].Value = e.UnitKind;
        p["p"].Value = e.WeightPpm;
        p["t"].Value = e.OccurredAtUnixMs;
        p["r"].Value = e.ReceivedAtUnixMs;
        p["am"].Value = e.AttributionMethod;
        p["av"].Value = e.AttributionMethodVersion;
        p["st"].Value = e.Status;
        p["l"].Value = (object?)e.LicenceId ?? DBNull.Value;
        p["c"].Value = (object?)e.Currency ?? DBNull.Value;
        p["x"].Value = e.AmountNanos;
        p["tr"].Value = e.TerritoryCode;
        p["rm"].Value = e.RevenueMicros is { } revenue ? revenue : DBNull.Value;
        p["rc"].Value = (object?)e.RevenueCurrency ?? DBNull.Value;
        p["sr"].Value = (object?)e.StatusReason ?? DBNull.Value;
    }

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

    public async Task<IReadOnlyList<StatementRow>> GetStatementRowsAsync(string creatorId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, LedgerSql.StatementRows, ("party", creatorId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<StatementRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new StatementRow(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9)));
        }

        return rows;
    }

    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
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
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
