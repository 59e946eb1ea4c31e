namespace RoyaltyLedger.Storage.Payouts;

/// <summary>The payout statements; SQLite and PostgreSQL both accept them.</summary>
internal static class PayoutSql
{
    public const string LastEntryNo = "SELECT COALESCE(MAX(entry_no), 0) FROM journal_entries";

    // 'party:' is six characters; substr is 1-based in both databases. Per member, month of use, and whether the entry
    // was recorded after the society's last cycle in the currency (@k, its cut): docs/payouts.md.
    public const string MemberPeriodSums =
        "SELECT party, period, late, i128_sum(amount_nanos) FROM (" +
        "SELECT substr(l.account, 7) AS party, l.period AS period, CASE WHEN l.entry_no > @k THEN 1 ELSE 0 END AS late, l.amount_nanos AS amount_nanos " +
        "FROM journal_lines l WHERE l.currency = @c AND l.account IN (SELECT 'party:' || member_id FROM society_members WHERE society_id = @s)" +
        ") x GROUP BY party, period, late";

    // The months the society's earlier cycles in the currency closed, and the last entry the latest of them saw.
    public const string ClosedPeriods =
        "SELECT period_first, period_last FROM payout_cycles WHERE society_id = @s AND currency = @c AND period_first <> ''";

    public const string LastCut = "SELECT COALESCE(MAX(cutoff_entry_no), 0) FROM payout_cycles WHERE society_id = @s AND currency = @c";

    public const string SuspenseEvents = "SELECT COUNT(*) FROM unidentified_usage WHERE matched_work_id IS NULL";

    public const string InsertCycle =
        "INSERT INTO payout_cycles (cycle_id, society_id, currency, period_end_ms, minimum_payout_minor, commission_bps, cutoff_entry_no, " +
        "merkle_root, journal_entry_no, committed_at_ms, suspense_events, period_first, period_last) " +
        "VALUES (@id, @s, @c, @t, @min, @bps, @cut, @root, @entry, @at, @sus, @pf, @pl)";

    public const string InsertLine =
        "INSERT INTO payout_lines (cycle_id, line_no, party_id, gross_nanos, commission_nanos, paid_minor, paid_nanos, carried_nanos, held) " +
        "VALUES (@id, @n, @p, @g, @cm, @pm, @pn, @cr, @h)";

    public const string InsertPart =
        "INSERT INTO payout_line_parts (cycle_id, party_id, period, kind, amount_nanos) VALUES (@id, @p, @m, @k, @x)";

    public const string SelectCycle =
        "SELECT society_id, currency, period_end_ms, minimum_payout_minor, commission_bps, cutoff_entry_no, merkle_root, journal_entry_no, " +
        "committed_at_ms, suspense_events, period_first, period_last FROM payout_cycles WHERE cycle_id = @id";

    public const string SelectLines =
        "SELECT party_id, gross_nanos, commission_nanos, paid_minor, paid_nanos, carried_nanos, held FROM payout_lines WHERE cycle_id = @id ORDER BY line_no";

    public const string SelectParts =
        "SELECT party_id, period, kind, amount_nanos FROM payout_line_parts WHERE cycle_id = @id";
}
