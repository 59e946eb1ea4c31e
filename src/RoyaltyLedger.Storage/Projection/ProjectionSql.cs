namespace RoyaltyLedger.Storage.Projection;

/// <summary>The projection's statements; SQLite and PostgreSQL both accept them (upsert with RETURNING needs SQLite 3.35).</summary>
internal static class ProjectionSql
{
    private const string TotalsKeyColumns = "party_id, work_id, operator_id, model_id, use_kind, status, unit_kind, currency, period";

    public const string UsageTotalColumns =
        "work_id, operator_id, model_id, use_kind, status, unit_kind, currency, period, event_count, units, amount_nanos, first_at_ms, last_at_ms";

    // The LEFT JOIN lets a pending row without its log row surface as a broken invariant instead of being skipped forever.
    // A row from before partitions (no mask of its own) counts what its log row counts (docs/partitions.md).
    public const string PendingHeads =
        "SELECT p.log_seq, COALESCE(p.counted, l.counted), l.log_seq FROM usage_log_pending p LEFT JOIN usage_log l ON l.log_seq = p.log_seq " +
        "WHERE p.partition_no = @p AND p.log_seq > @after ORDER BY p.log_seq LIMIT @n";

    public const string PendingRowColumns =
        "l.log_seq, l.operator_id, COALESCE(p.counted, l.counted), l.payload, COALESCE(p.counted_mask, l.counted_mask)";

    public const string CountPending = "SELECT COUNT(*) FROM usage_log_pending WHERE partition_no = @p";

    /// <summary>Rows queued before partitions: partition 0's projector files them into partitions first.</summary>
    public const string Unfiled =
        "SELECT l.log_seq, l.operator_id, l.counted, l.payload, l.counted_mask FROM usage_log_pending p JOIN usage_log l ON l.log_seq = p.log_seq " +
        "WHERE p.counted_mask IS NULL ORDER BY p.log_seq LIMIT @n";

    public const string DeleteUnfiled = "DELETE FROM usage_log_pending WHERE partition_no = 0 AND log_seq = @l AND counted_mask IS NULL";

    public const string InsertFiled = "INSERT INTO usage_log_pending (partition_no, log_seq, counted, counted_mask) VALUES (@p, @l, @c, @m)";

    /// <summary>The bulk upserts' conflict clause, shared by SQLite and PostgreSQL.</summary>
    public const string TotalsConflict =
        $"ON CONFLICT ({TotalsKeyColumns}) DO UPDATE SET event_count = usage_totals.event_count + excluded.event_count, " +
        "units = i128_add(usage_totals.units, excluded.units), amount_nanos = i128_add(usage_totals.amount_nanos, excluded.amount_nanos), " +
        "first_at_ms = CASE WHEN excluded.first_at_ms < usage_totals.first_at_ms THEN excluded.first_at_ms ELSE usage_totals.first_at_ms END, " +
        "last_at_ms = CASE WHEN excluded.last_at_ms > usage_totals.last_at_ms THEN excluded.last_at_ms ELSE usage_totals.last_at_ms END";

    public const string TotalsInsertColumns = $"INSERT INTO usage_totals ({TotalsKeyColumns}, event_count, units, amount_nanos, first_at_ms, last_at_ms) ";

    // These predicates repeat the partial indexes' (usage_totals_negative, usage_totals_empty) so the planners use them;
    // zero is the database's literal for an amount (Int128Parameters.ZeroLiteral), as the indexes spell it.
    public static string NegativeTotal(string zero) =>
        "SELECT party_id, work_id, status, event_count, units, amount_nanos FROM usage_totals " +
        $"WHERE event_count < 0 OR units < {zero} OR amount_nanos < {zero} LIMIT 1";

    public static string DeleteEmptyTotals(string zero) => $"DELETE FROM usage_totals WHERE event_count = 0 AND units = {zero} AND amount_nanos = {zero}";

    public const string InsertUnidentified =
        "INSERT INTO unidentified_usage (log_seq, event_index, operator_id, event_id, model_id, work_id, ref_scheme, ref_value, " +
        "use_kind, units, unit_kind, occurred_at_ms) VALUES (@l, @i, @o, @e, @m, @w, @rs, @rv, @u, @n, @k, @t)";

    // Identifiers match only events that named no work id: the operator's work id, when given, decides.
    public const string SuspenseMatches =
        "SELECT u.log_seq, u.event_index, u.operator_id, u.event_id, u.model_id, u.work_id, u.ref_scheme, u.ref_value, " +
        "u.use_kind, u.units, u.unit_kind, u.occurred_at_ms, CASE WHEN u.work_id <> '' THEN u.work_id ELSE i.work_id END " +
        "FROM unidentified_usage u " +
        "LEFT JOIN work_identifiers i ON u.work_id = '' AND i.scheme = u.ref_scheme AND i.value = u.ref_value " +
        "WHERE u.matched_work_id IS NULL AND (i.work_id IS NOT NULL OR (u.work_id <> '' AND EXISTS " +
        "(SELECT 1 FROM registry_entries r WHERE r.kind = 'work' AND r.id = u.work_id))) " +
        "ORDER BY u.log_seq, u.event_index LIMIT @n";

    public const string MarkMatched =
        "UPDATE unidentified_usage SET matched_work_id = @w, matched_at_ms = @t " +
        "WHERE log_seq = @l AND event_index = @i AND matched_work_id IS NULL";

    public const string IndexWorkIdentifier =
        "INSERT INTO work_identifiers (scheme, value, work_id) VALUES (@s, @v, @w) ON CONFLICT (scheme, value) DO NOTHING";

    public const string WorkTotals = $"SELECT {UsageTotalColumns} FROM usage_totals WHERE party_id = '' AND work_id = @w";

    public const string ModelTotals = $"SELECT {UsageTotalColumns} FROM usage_totals WHERE party_id = '' AND model_id = @m";
}
