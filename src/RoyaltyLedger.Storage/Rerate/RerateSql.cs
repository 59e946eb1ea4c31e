namespace RoyaltyLedger.Storage.Rerate;

/// <summary>The re-rating statements; SQLite and PostgreSQL both accept them.</summary>
internal static class RerateSql
{
    private const string Refile =
        "partition_no = CASE WHEN excluded.partition_no >= 0 THEN excluded.partition_no ELSE rerate_queue.partition_no END";

    public const string Enqueue =
        "INSERT INTO rerate_queue (work_id, reason, requested_at_ms, version, partition_no) VALUES (@w, @r, @t, 1, @p) " +
        $"ON CONFLICT (work_id) DO UPDATE SET reason = excluded.reason, version = rerate_queue.version + 1, {Refile}";

    // A work no projected use names, while nothing waits to be projected, has no past use to re-rate: uses logged later
    // are rated with the licence already in force. While rows are pending, any of them may name the work, so it is queued.
    public const string EnqueueIfUsed =
        "INSERT INTO rerate_queue (work_id, reason, requested_at_ms, version, partition_no) SELECT @w, @r, @t, 1, @p " +
        "WHERE EXISTS (SELECT 1 FROM work_log WHERE work_id = @w) OR EXISTS (SELECT 1 FROM usage_log_pending) " +
        $"ON CONFLICT (work_id) DO UPDATE SET reason = excluded.reason, version = rerate_queue.version + 1, {Refile}";

    // A partition's own requests and those not filed (-1), which the projector keeps when the work is its partition's.
    public const string Peek =
        "SELECT work_id, reason, requested_at_ms, version FROM rerate_queue WHERE partition_no = @p OR partition_no = -1 " +
        "ORDER BY requested_at_ms, work_id LIMIT @n";

    public const string Dequeue = "DELETE FROM rerate_queue WHERE work_id = @w AND version = @v";

    public const string WorkLogPage = "SELECT log_seq FROM work_log WHERE work_id = @w AND log_seq > @a ORDER BY log_seq LIMIT @n";

    public const string WorkLogState = "SELECT COUNT(*), COALESCE(MAX(log_seq), 0) FROM work_log WHERE work_id = @w";

    // Only usage and adjustment entries rate uses; payouts move what they posted without changing it. Per month of use,
    // so that a re-rating adjusts each month by its own difference (docs/payouts.md).
    public const string PostedForWork =
        "SELECT l.account, l.currency, i128_sum(l.amount_nanos), l.period, l.operator_id, l.model_id, l.use_kind, l.status, l.unit_kind " +
        "FROM journal_lines l JOIN journal_entries e ON e.entry_no = l.entry_no WHERE l.work_id = @w AND e.kind IN ('usage', 'adjustment') " +
        "GROUP BY l.account, l.currency, l.period, l.operator_id, l.model_id, l.use_kind, l.status, l.unit_kind";

    // Suspense's own rows stay: they count events still waiting for this work id, which the re-rating does not hold.
    public const string DeleteWorkTotals = "DELETE FROM usage_totals WHERE work_id = @w AND status <> 'unidentified'";
}
