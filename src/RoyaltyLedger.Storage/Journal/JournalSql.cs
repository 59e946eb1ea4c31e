namespace RoyaltyLedger.Storage.Journal;

/// <summary>The journal's statements that SQLite and PostgreSQL share.</summary>
internal static class JournalSql
{
    public const string SelectHead = "SELECT entry_no, hash FROM journal_heads WHERE partition_no = @q";

    public const string SelectHeads = "SELECT partition_no, entry_no, hash FROM journal_heads ORDER BY partition_no";

    // The compare-and-set is a second guard: the head is locked, so it must still be where the append read it.
    public const string MoveHead = "UPDATE journal_heads SET entry_no = @n, hash = @h WHERE partition_no = @q AND entry_no = @p";

    public const string MaxEntryNo = "SELECT COALESCE(MAX(entry_no), 0) FROM journal_entries";

    public const string Headers =
        "SELECT e.entry_no, e.kind, e.recorded_at_ms, e.reference, e.prev_hash, e.hash, " +
        "(SELECT COUNT(*) FROM journal_lines l WHERE l.entry_no = e.entry_no) " +
        "FROM journal_entries e WHERE e.entry_no >= @f AND e.entry_no <= @t ORDER BY e.entry_no LIMIT @n";

    // One partition's chain, a page at a time, for the verification.
    public const string PartitionHeaders =
        "SELECT e.entry_no, e.kind, e.recorded_at_ms, e.reference, e.prev_hash, e.hash, " +
        "(SELECT COUNT(*) FROM journal_lines l WHERE l.entry_no = e.entry_no) " +
        "FROM journal_entries e WHERE e.partition_no = @q AND e.entry_no >= @f AND e.entry_no <= @t ORDER BY e.entry_no LIMIT @n";

    public const string PartitionLines =
        "SELECT l.entry_no, l.line_no, l.account, l.work_id, l.currency, l.amount_nanos, l.period, " +
        "l.operator_id, l.model_id, l.use_kind, l.status, l.unit_kind FROM journal_lines l " +
        "JOIN journal_entries e ON e.entry_no = l.entry_no WHERE e.partition_no = @q AND l.entry_no >= @f AND l.entry_no <= @t " +
        "ORDER BY l.entry_no, l.line_no";

    public const string PartitionMaxEntryNo = "SELECT COALESCE(MAX(entry_no), 0) FROM journal_entries WHERE partition_no = @q";

    public const string Lines =
        "SELECT entry_no, line_no, account, work_id, currency, amount_nanos, period, " +
        "operator_id, model_id, use_kind, status, unit_kind FROM journal_lines " +
        "WHERE entry_no >= @f AND entry_no <= @t ORDER BY entry_no, line_no";

    // substr and length count characters on both databases; LIKE would need its wildcards escaped and ignores case on SQLite.
    public const string BalancesByPrefix =
        "SELECT account, currency, i128_sum(amount_nanos) FROM account_balances WHERE substr(account, 1, length(@p)) = @p GROUP BY account, currency";

    // Grouped by kind as well, so that which kinds count towards rating is decided by EntryKinds.IsRating alone.
    public const string WorkSumsByKind =
        "SELECT e.kind, l.account, l.currency, i128_sum(l.amount_nanos) FROM journal_lines l " +
        "JOIN journal_entries e ON e.entry_no = l.entry_no WHERE l.work_id = @w GROUP BY e.kind, l.account, l.currency";

    public const string LineSums =
        "SELECT e.partition_no, l.account, l.currency, i128_sum(l.amount_nanos) FROM journal_lines l " +
        "JOIN journal_entries e ON e.entry_no = l.entry_no GROUP BY e.partition_no, l.account, l.currency";

    public const string AllBalances = "SELECT partition_no, account, currency, amount_nanos FROM account_balances";

    public const string SetBalance =
        "INSERT INTO account_balances (partition_no, account, currency, amount_nanos) VALUES (@q, @a, @c, @x) " +
        "ON CONFLICT (partition_no, account, currency) DO UPDATE SET amount_nanos = excluded.amount_nanos";

    public const string DeleteBalance = "DELETE FROM account_balances WHERE partition_no = @q AND account = @a AND currency = @c";
}
