namespace RoyaltyLedger.Storage.Payouts;

/// <summary>The payout statements; SQLite and PostgreSQL both accept them.</summary>
internal static class PayoutSql
{
    public const string Cutoff = "SELECT COALESCE(MAX(entry_no), 0) FROM journal_entries WHERE recorded_at_ms <= @t";

    // 'party:' is six characters; substr is 1-based in both databases.
    public const string MemberBalances =
        "SELECT substr(l.account, 7), i128_sum(l.amount_nanos) FROM journal_lines l JOIN journal_entries e ON e.entry_no = l.entry_no " +
        "WHERE l.currency = @c AND l.account IN (SELECT 'party:' || member_id FROM society_members WHERE society_id = @s) " +
        "AND (l.entry_no <= @cut OR e.kind = 'payout') GROUP BY l.account";

    public const string SuspenseEvents = "SELECT COUNT(*) FROM unidentified_usage WHERE matched_work_id IS NULL";

    public const string InsertCycle =
        "INSERT INTO payout_cycles (cycle_id, society_id, currency, period_end_ms, minimum_payout_minor, commission_bps, cutoff_entry_no, " +
        "merkle_root, journal_entry_no, committed_at_ms, suspense_events) VALUES (@id, @s, @c, @t, @min, @bps, @cut, @root, @entry, @at, @sus)";

    public const string InsertLine =
        "INSERT INTO payout_lines (cycle_id, line_no, party_id, gross_nanos, commission_nanos, paid_minor, paid_nanos, carried_nanos, held) " +
        "VALUES (@id, @n, @p, @g, @cm, @pm, @pn, @cr, @h)";

    public const string SelectCycle =
        "SELECT society_id, currency, period_end_ms, minimum_payout_minor, commission_bps, cutoff_entry_no, merkle_root, journal_entry_no, " +
        "committed_at_ms, suspense_events FROM payout_cycles WHERE cycle_id = @id";

    public const string SelectLines =
        "SELECT party_id, gross_nanos, commission_nanos, paid_minor, paid_nanos, carried_nanos, held FROM payout_lines WHERE cycle_id = @id ORDER BY line_no";
}
