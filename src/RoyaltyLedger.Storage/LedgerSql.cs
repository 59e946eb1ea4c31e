namespace RoyaltyLedger.Storage;

/// <summary>Statements shared by SQLite and PostgreSQL; both accept this dialect.</summary>
internal static class LedgerSql
{
    public const string SelectStreamPosition =
        "SELECT last_batch_seq FROM producer_streams WHERE operator_id = @o AND stream_name = @s";

    // @p is bound but unused here so that both position statements take the same parameters.
    public const string InsertStreamPosition =
        "INSERT INTO producer_streams (operator_id, stream_name, last_batch_seq) SELECT @o, @s, @q WHERE @p = 0 " +
        "ON CONFLICT (operator_id, stream_name) DO NOTHING";

    public const string AdvanceStreamPosition =
        "UPDATE producer_streams SET last_batch_seq = @q WHERE operator_id = @o AND stream_name = @s AND last_batch_seq = @p";

    public const string UpsertRegistryEntry =
        "INSERT INTO registry_entries (kind, id, display_name, payload_json) VALUES (@k, @i, @d, @j) " +
        "ON CONFLICT (kind, id) DO UPDATE SET display_name = excluded.display_name, payload_json = excluded.payload_json";

    public const string ListRegistryPage =
        "SELECT id, display_name, payload_json FROM registry_entries WHERE kind = @k AND id > @a ORDER BY id LIMIT @n";

    public const string ListRegistryEntries =
        "SELECT id, display_name, payload_json FROM registry_entries WHERE kind = @k ORDER BY id";

    // A creator's lines come from the projection's usage_totals, one per month of use; an empty bound is open.
    public const string StatementRows =
        "SELECT work_id, operator_id, model_id, use_kind, status, unit_kind, currency, period, " +
        "CAST(SUM(event_count) AS BIGINT), i128_sum(units), i128_sum(amount_nanos) " +
        "FROM usage_totals WHERE party_id = @party AND (@from = '' OR period >= @from) AND (@to = '' OR period <= @to) " +
        "GROUP BY work_id, operator_id, model_id, use_kind, status, unit_kind, currency, period " +
        "ORDER BY work_id, operator_id, model_id, use_kind, status, unit_kind, currency, period";
}
