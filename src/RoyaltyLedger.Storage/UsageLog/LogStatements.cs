using System.Data.Common;
using System.Globalization;

namespace RoyaltyLedger.Storage.UsageLog;

/// <summary>
/// The usage log's statements on one connection, built and prepared once and rebound for every batch. Parameters
/// are named with their '@' so that binding finds them directly (an unprefixed name makes the SQLite driver try
/// every prefix for every parameter, which dominated the writer's time).
/// </summary>
internal sealed class LogStatements(DbConnection connection, string insertLogSql)
{
    private readonly Dictionary<int, DbCommand> _keys = [];
    private DbCommand? _insertPosition;
    private DbCommand? _advancePosition;
    private DbCommand? _log;
    private DbCommand? _pending;

    public DbCommand Position(bool first, DbTransaction transaction, string operatorId, string streamName, long batchSeq)
    {
        var command = first
            ? _insertPosition ??= Create(LedgerSql.InsertStreamPosition, "@o", "@s", "@q", "@p")
            : _advancePosition ??= Create(LedgerSql.AdvanceStreamPosition, "@o", "@s", "@q", "@p");
        return Bind(command, transaction, operatorId, streamName, batchSeq, batchSeq - 1);
    }

    public DbCommand Keys(int count, DbTransaction transaction, long operatorNo, IReadOnlyList<byte[]> keys, int start)
    {
        if (!_keys.TryGetValue(count, out var command))
        {
            var names = Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"@k{i}")).ToArray();
            var values = string.Join(", ", names.Select(n => $"(@n, {n})"));
            command = Create($"INSERT INTO usage_event_ids (operator_no, event_key) VALUES {values} ON CONFLICT DO NOTHING RETURNING event_key", ["@n", .. names]);
            _keys[count] = command;
        }

        command.Transaction = transaction;
        command.Parameters[0].Value = operatorNo;
        for (var i = 0; i < count; i++)
        {
            command.Parameters[i + 1].Value = keys[start + i];
        }

        return command;
    }

    public DbCommand Log(DbTransaction transaction, string operatorId, string streamName, long batchSeq, long receivedAt, int counted, byte[] payload, byte[] mask, byte[] ack) =>
        Bind(_log ??= Create(insertLogSql, "@o", "@s", "@q", "@r", "@c", "@p", "@m", "@a"),
            transaction, operatorId, streamName, batchSeq, receivedAt, counted, payload, mask, ack);

    public DbCommand Pending(DbTransaction transaction, long logSeq) =>
        Bind(_pending ??= Create("INSERT INTO usage_log_pending (log_seq) VALUES (@l)", "@l"), transaction, logSeq);

    private DbCommand Create(string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static DbCommand Bind(DbCommand command, DbTransaction transaction, params object[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        return command;
    }
}
