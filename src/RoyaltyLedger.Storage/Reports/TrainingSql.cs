namespace RoyaltyLedger.Storage.Reports;

/// <summary>
/// The transparency report's queries; SQLite (3.15 or later, for row values) and PostgreSQL both accept them. Works
/// page by key: the inner query picks the page's works in the database's own order, the outer one reads their rows.
/// </summary>
internal static class TrainingSql
{
    // Training and fine-tuning (UseKind 1 and 2), and the statuses of identified works.
    private const string TrainingUses =
        "use_kind IN (1, 2) AND status IN ('licensed', 'unlicensed', 'refused')";

    private const string Sums =
        "CAST(SUM(event_count) AS BIGINT), i128_sum(units), MIN(first_at_ms), MAX(last_at_ms)";

    public const string ModelPage =
        $"SELECT model_id, operator_id, work_id, use_kind, status, unit_kind, {Sums} FROM usage_totals " +
        $"WHERE party_id = '' AND model_id = @m AND {TrainingUses} AND work_id IN (" +
        $"SELECT DISTINCT work_id FROM usage_totals WHERE party_id = '' AND model_id = @m AND {TrainingUses} " +
        "AND work_id > @after ORDER BY work_id LIMIT @n) " +
        "GROUP BY model_id, operator_id, work_id, use_kind, status, unit_kind ORDER BY work_id, use_kind, status, unit_kind";

    public const string ModelTotals =
        "SELECT use_kind, status, unit_kind, COUNT(DISTINCT work_id), CAST(SUM(event_count) AS BIGINT), i128_sum(units) " +
        $"FROM usage_totals WHERE party_id = '' AND model_id = @m AND {TrainingUses} " +
        "GROUP BY use_kind, status, unit_kind ORDER BY use_kind, status, unit_kind";

    public const string CreatorPage =
        $"SELECT model_id, operator_id, work_id, use_kind, status, unit_kind, {Sums} FROM usage_totals " +
        $"WHERE party_id = @c AND {TrainingUses} AND (model_id, work_id) IN (" +
        $"SELECT DISTINCT model_id, work_id FROM usage_totals WHERE party_id = @c AND {TrainingUses} " +
        "AND (model_id > @am OR (model_id = @am AND work_id > @aw)) ORDER BY model_id, work_id LIMIT @n) " +
        "GROUP BY model_id, operator_id, work_id, use_kind, status, unit_kind " +
        "ORDER BY model_id, work_id, operator_id, use_kind, status, unit_kind";
}
