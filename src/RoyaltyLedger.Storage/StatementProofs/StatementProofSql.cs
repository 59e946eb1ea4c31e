namespace RoyaltyLedger.Storage.StatementProofs;

/// <summary>The reads of a statement with proofs, in the SQL both SQLite and PostgreSQL accept.</summary>
internal static class StatementProofSql
{
    public const string PartyLines =
        "SELECT l.entry_no, l.line_no, l.account, l.work_id, l.currency, l.amount_nanos, l.period, " +
        "l.operator_id, l.model_id, l.use_kind, l.status, l.unit_kind FROM journal_lines l JOIN journal_entries e ON e.entry_no = l.entry_no " +
        "WHERE l.account IN (@p, @c) AND e.kind IN ('usage', 'adjustment') AND (@from = '' OR l.period >= @from) AND (@to = '' OR l.period <= @to) " +
        "ORDER BY l.entry_no, l.line_no";

    public const string EntryColumns = "SELECT entry_no, partition_no, kind, recorded_at_ms, reference, prev_hash, hash FROM journal_entries WHERE entry_no IN ";

    public const string LineColumns =
        "SELECT entry_no, line_no, account, work_id, currency, amount_nanos, period, operator_id, model_id, use_kind, status, unit_kind " +
        "FROM journal_lines WHERE entry_no IN ";

    public const string PartitionLeaves =
        "SELECT entry_no, hash FROM journal_entries WHERE partition_no = @q ORDER BY entry_no LIMIT @n";
}
