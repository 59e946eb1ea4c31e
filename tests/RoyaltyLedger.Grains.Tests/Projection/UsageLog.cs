using Google.Protobuf.WellKnownTypes;
using Microsoft.Data.Sqlite;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Grains.Tests.Projection;

/// <summary>
/// Writes usage-log rows as the ingest writer will (a serialized <see cref="UsageBatch"/>, a counted mask, a pending
/// queue entry), straight into the fixture's ledger database, and reads back the projection's rows.
/// </summary>
internal static class UsageLog
{
    public static readonly DateTimeOffset November = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset October = new(2026, 10, 15, 23, 30, 0, TimeSpan.Zero);

    private static long s_batchSeq;

    /// <summary>Appends one batch; <paramref name="counted"/> defaults to every event. Returns its log_seq.</summary>
    public static async Task<long> AppendAsync(ClusterFixture fixture, string operatorId, IReadOnlyList<UsageEvent> events, IReadOnlyList<bool>? counted = null)
    {
        var batch = new UsageBatch { BatchSeq = (ulong)Interlocked.Increment(ref s_batchSeq) };
        batch.Events.Add(events);
        var mask = new byte[(events.Count + 7) / 8];
        var count = 0;
        for (var i = 0; i < events.Count; i++)
        {
            if (counted?[i] ?? true)
            {
                mask[i / 8] |= (byte)(1 << (i % 8));
                count++;
            }
        }

        await using var connection = await OpenAsync(fixture);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText =
            "INSERT INTO usage_log (log_seq, operator_id, stream_name, batch_seq, received_at_ms, counted, payload, counted_mask, ack) " +
            "VALUES ((SELECT COALESCE(MAX(log_seq), 0) + 1 FROM usage_log), @o, 'test', @q, 0, @c, @p, @m, x'') RETURNING log_seq";
        insert.Parameters.AddWithValue("o", operatorId);
        insert.Parameters.AddWithValue("q", (long)batch.BatchSeq);
        insert.Parameters.AddWithValue("c", count);
        insert.Parameters.AddWithValue("p", Google.Protobuf.MessageExtensions.ToByteArray(batch));
        insert.Parameters.AddWithValue("m", mask);
        var logSeq = (long)(await insert.ExecuteScalarAsync())!;
        var pending = connection.CreateCommand();
        pending.Transaction = transaction;
        pending.CommandText = "INSERT INTO usage_log_pending (log_seq) VALUES (@l)";
        pending.Parameters.AddWithValue("l", logSeq);
        await pending.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        return logSeq;
    }

    public static UsageEvent Event(string id, string model, string workId, long units, uint weightPpm = 1_000_000,
        string unitKind = "tokens", DateTimeOffset? at = null) => new()
        {
            EventId = id,
            ModelId = model,
            WorkId = workId,
            Use = UseKind.Training,
            Units = units,
            UnitKind = unitKind,
            AttributionWeightPpm = weightPpm,
            OccurredAt = Timestamp.FromDateTimeOffset(at ?? November),
            AttributionMethod = "manifest",
            AttributionMethodVersion = "1",
        };

    /// <summary>Every usage_totals row of the operator, creators' and works' alike, in key order.</summary>
    public static async Task<List<TotalRow>> TotalsAsync(ClusterFixture fixture, string operatorId)
    {
        await using var connection = await OpenAsync(fixture);
        var query = connection.CreateCommand();
        query.CommandText = "SELECT party_id, work_id, model_id, status, unit_kind, currency, period, event_count, units, amount_nanos " +
            "FROM usage_totals WHERE operator_id = @o ORDER BY party_id, work_id, model_id, status, unit_kind, currency, period";
        query.Parameters.AddWithValue("o", operatorId);
        await using var reader = await query.ExecuteReaderAsync();
        var rows = new List<TotalRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new TotalRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetInt64(7),
                (long)RoyaltyLedger.Storage.Amounts.Int128Columns.GetInt128(reader, 8), (long)RoyaltyLedger.Storage.Amounts.Int128Columns.GetInt128(reader, 9)));
        }

        return rows;
    }

    /// <summary>The work each suspense row of the log row was matched to, null while it waits, by event index.</summary>
    public static async Task<List<(int Index, string? MatchedWorkId)>> SuspenseAsync(ClusterFixture fixture, long logSeq)
    {
        await using var connection = await OpenAsync(fixture);
        var query = connection.CreateCommand();
        query.CommandText = "SELECT event_index, matched_work_id FROM unidentified_usage WHERE log_seq = @l ORDER BY event_index";
        query.Parameters.AddWithValue("l", logSeq);
        await using var reader = await query.ExecuteReaderAsync();
        var rows = new List<(int, string?)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }

        return rows;
    }

    private static async Task<SqliteConnection> OpenAsync(ClusterFixture fixture)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = fixture.LedgerPath }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
