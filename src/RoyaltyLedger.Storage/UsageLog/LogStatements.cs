using System.Data.Common;
using System.Globalization;

namespace RoyaltyLedger.Storage.UsageLog;

/// <summary>
/// The usage log's statements on one connection, built and prepared once and rebound for every batch. Parameters
/// are named with their '@' so that binding finds them directly (an unprefixed name makes the SQLite driver try
/// every prefix for every parameter).
/// </summary>
internal sealed class LogStatements(DbConnection connection, string insertLogSql)
{
    private DbCommand? _insertPosition;
    private DbCommand? _advancePosition;
    private DbCommand? _log;
    private DbCommand? _pending;
    private DbCommand? _keysJson;
    private DbCommand? _digest;

    public DbCommand Position(bool first, DbTransaction transaction, string operatorId, string streamName, long batchSeq)
    {
        var command = first
            ? _insertPosition ??= Create(LedgerSql.InsertStreamPosition, "@o", "@s", "@q", "@p")
            : _advancePosition ??= Create(LedgerSql.AdvanceStreamPosition, "@o", "@s", "@q", "@p");
        return Bind(command, transaction, operatorId, streamName, batchSeq, batchSeq - 1);
    }

    /// <summary>
    /// All of a batch's keys in one statement and one parameter: a JSON array of hex strings, unpacked by SQLite's
    /// json_each. Binding hundreds of named parameters instead costs SQLite a linear name search per parameter.
    /// </summary>
    public DbCommand KeysAsJson(DbTransaction transaction, long operatorNo, IReadOnlyList<byte[]> keys)
    {
        var json = new System.Text.StringBuilder((keys.Count * 38) + 2).Append('[');
        for (var i = 0; i < keys.Count; i++)
        {
            json.Append(i == 0 ? "\"" : ",\"").Append(Convert.ToHexString(keys[i])).Append('"');
        }

        return Bind(_keysJson ??= Create(
                "INSERT INTO usage_event_ids (operator_no, event_key) SELECT @n, unhex(value) FROM json_each(@k) WHERE true " +
                "ON CONFLICT DO NOTHING RETURNING event_key", "@n", "@k"),
            transaction, operatorNo, json.Append(']').ToString());
    }

    public DbCommand Log(DbTransaction transaction, string operatorId, string streamName, long batchSeq, long receivedAt, int counted, byte[] payload, byte[] mask, byte[] ack) =>
        Bind(_log ??= Create(insertLogSql, "@o", "@s", "@q", "@r", "@c", "@p", "@m", "@a"),
            transaction, operatorId, streamName, batchSeq, receivedAt, counted, payload, mask, ack);

    public DbCommand Pending(DbTransaction transaction, int partition, long logSeq, int counted, byte[] mask) =>
        Bind(_pending ??= Create("INSERT INTO usage_log_pending (partition_no, log_seq, counted, counted_mask) VALUES (@p, @l, @c, @m)", "@p", "@l", "@c", "@m"),
            transaction, partition, logSeq, counted, mask);

    public DbCommand Digest(DbTransaction transaction, long logSeq, byte[] contentSha256) =>
        Bind(_digest ??= Create("INSERT INTO usage_log_digests (log_seq, content_sha256) VALUES (@l, @d)", "@l", "@d"), transaction, logSeq, contentSha256);

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
