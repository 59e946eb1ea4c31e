using RoyaltyLedger.Application.Registry;
namespace RoyaltyLedger.Storage.Statements;

/// <summary>The statement's reads, in the SQL both SQLite and PostgreSQL accept.</summary>
internal static class StatementSql
{
    /// <summary>
    /// Pending rows, the oldest of them, the newest log row and the re-rating queue. The lag is counted where the
    /// projector commits (usage_log_pending loses a row in the transaction that projects it), not asked of the projector.
    /// </summary>
    public const string Lag =
        "SELECT (SELECT COUNT(DISTINCT log_seq) FROM usage_log_pending), (SELECT MIN(log_seq) FROM usage_log_pending), " +
        "(SELECT MAX(log_seq) FROM usage_log), (SELECT COUNT(*) FROM rerate_queue)";

    public const string DisplayName =
        "SELECT display_name FROM registry_entries WHERE kind = '" + RegistryKinds.Creator + "' AND id = @party";

    /// <summary>
    /// The creator's lines from the projection's usage_totals, one per month of use (an empty bound is open), each with
    /// its work's registered title: what the creator grain read, then asked every work grain for.
    /// </summary>
    public const string Rows =
        "SELECT s.work_id, s.operator_id, s.model_id, s.use_kind, s.status, s.unit_kind, s.currency, s.period, " +
        "s.event_count, s.units, s.amount_nanos, COALESCE(r.display_name, '') FROM (" +
        "SELECT work_id, operator_id, model_id, use_kind, status, unit_kind, currency, period, " +
        "CAST(SUM(event_count) AS BIGINT) AS event_count, i128_sum(units) AS units, i128_sum(amount_nanos) AS amount_nanos " +
        "FROM usage_totals WHERE party_id = @party AND (@from = '' OR period >= @from) AND (@to = '' OR period <= @to) " +
        "GROUP BY work_id, operator_id, model_id, use_kind, status, unit_kind, currency, period) s " +
        "LEFT JOIN registry_entries r ON r.kind = '" + RegistryKinds.Work + "' AND r.id = s.work_id";

    /// <summary>The party's journal lines by entry kind and account (its own and its claims), per currency.</summary>
    public const string PartyLines =
        "SELECT e.kind, l.account, l.currency, i128_sum(l.amount_nanos) FROM journal_lines l JOIN journal_entries e ON e.entry_no = l.entry_no " +
        "WHERE l.account IN (@p, @c) GROUP BY e.kind, l.account, l.currency";

    /// <summary>What the party's society charged and paid in payouts, per currency (held lines were not paid).</summary>
    public const string PartyPayouts =
        "SELECT c.currency, i128_sum(l.commission_nanos), i128_sum(l.paid_nanos), i128_sum(l.paid_minor) FROM payout_lines l " +
        "JOIN payout_cycles c ON c.cycle_id = l.cycle_id WHERE l.party_id = @id AND l.held = 0 GROUP BY c.currency";

    /// <summary>1 when some use in suspense names a work that is now registered, by id or by an identifier it carries.</summary>
    public const string SuspenseMatchable =
        "SELECT COUNT(*) FROM (SELECT 1 AS one FROM unidentified_usage u " +
        "LEFT JOIN work_identifiers i ON u.work_id = '' AND i.scheme = u.ref_scheme AND i.value = u.ref_value " +
        "WHERE u.matched_work_id IS NULL AND (i.work_id IS NOT NULL OR (u.work_id <> '' AND EXISTS " +
        "(SELECT 1 FROM registry_entries r WHERE r.kind = '" + RegistryKinds.Work + "' AND r.id = u.work_id))) LIMIT 1) m";
}
