namespace RoyaltyLedger.Storage;

/// <summary>Statements shared by SQLite and PostgreSQL; both accept this dialect.</summary>
internal static class LedgerSql
{
    public const string SelectStreamPosition =
        "SELECT last_batch_seq FROM producer_streams WHERE operator_id = @o AND stream_name = @s";

    public const string SelectAck =
        "SELECT ack FROM batch_acks WHERE operator_id = @o AND stream_name = @s AND batch_seq = @q";

    // @p is bound but unused here so that both position statements take the same parameters.
    public const string InsertStreamPosition =
        "INSERT INTO producer_streams (operator_id, stream_name, last_batch_seq) SELECT @o, @s, @q WHERE @p = 0 " +
        "ON CONFLICT (operator_id, stream_name) DO NOTHING";

    public const string AdvanceStreamPosition =
        "UPDATE producer_streams SET last_batch_seq = @q WHERE operator_id = @o AND stream_name = @s AND last_batch_seq = @p";

    public const string InsertAck =
        "INSERT INTO batch_acks (operator_id, stream_name, batch_seq, ack) VALUES (@o, @s, @q, @a)";

    public const string InsertEvent =
        "INSERT INTO usage_events (operator_id, event_id, stream_name, batch_seq, model_id, work_id, use_kind, units, unit_kind, " +
        "weight_ppm, occurred_at_ms, received_at_ms, attribution_method, attribution_version, status, licence_id, currency, amount_nanos, " +
        "territory, revenue_micros, revenue_currency, status_reason) " +
        "VALUES (@o, @e, @s, @q, @m, @w, @u, @n, @k, @p, @t, @r, @am, @av, @st, @l, @c, @x, @tr, @rm, @rc, @sr) " +
        "ON CONFLICT (operator_id, event_id) DO NOTHING";

    public const string InsertAccrual =
        "INSERT INTO accruals (party_id, operator_id, event_id, share_bps, amount_nanos) VALUES (@party, @o, @e, @b, @x)";

    public const string UpsertRegistryEntry =
        "INSERT INTO registry_entries (kind, id, display_name, payload_json) VALUES (@k, @i, @d, @j) " +
        "ON CONFLICT (kind, id) DO UPDATE SET display_name = excluded.display_name, payload_json = excluded.payload_json";

    public const string ListRegistryEntries =
        "SELECT id, display_name, payload_json FROM registry_entries WHERE kind = @k ORDER BY id";

    // A creator's lines come from the projection's usage_totals (summed over months), plus the accruals that ingest
    // writes while it still rates synchronously. Once ingest appends to usage_log instead (docs/ingest-design.md) it
    // must stop writing accruals, or an event would count twice here; the second half then only shows history, and
    // can go once old accruals are migrated or no longer needed.
    public const string StatementRows =
        "SELECT work_id, operator_id, model_id, use_kind, status, unit_kind, currency, " +
        "CAST(SUM(event_count) AS BIGINT), CAST(SUM(units) AS BIGINT), CAST(SUM(amount_nanos) AS BIGINT) FROM (" +
        "SELECT work_id, operator_id, model_id, use_kind, status, unit_kind, currency, event_count, units, amount_nanos " +
        "FROM usage_totals WHERE party_id = @party " +
        "UNION ALL " +
        "SELECT e.work_id, e.operator_id, e.model_id, e.use_kind, e.status, e.unit_kind, COALESCE(e.currency, ''), 1, e.units, a.amount_nanos " +
        "FROM accruals a JOIN usage_events e ON e.operator_id = a.operator_id AND e.event_id = a.event_id WHERE a.party_id = @party" +
        ") lines GROUP BY work_id, operator_id, model_id, use_kind, status, unit_kind, currency " +
        "ORDER BY work_id, operator_id, model_id, use_kind, status, unit_kind, currency";
}
