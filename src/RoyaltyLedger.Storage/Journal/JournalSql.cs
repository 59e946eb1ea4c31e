namespace RoyaltyLedger.Storage.Journal;

/// <summary>The journal's statements that SQLite and PostgreSQL share.</summary>
internal static class JournalSql
{
    public const string SelectHead = "SELECT entry_no, hash FROM journal_head WHERE id = 1";

    // The compare-and-set is a second guard: the head is locked, so it must still be where the append read it.
    public const string MoveHead = "UPDATE journal_head SET entry_no = @n, hash = @h WHERE id = 1 AND entry_no = @p";

    public const string MaxEntryNo = "SELECT COALESCE(MAX(entry_no), 0) FROM journal_entries";

    public const string Headers =
        "SELECT e.entry_no, e.kind, e.recorded_at_ms, e.reference, e.prev_hash, e.hash, " +
        "(SELECT COUNT(*) FROM journal_lines l WHERE l.entry_no = e.entry_no) " +
        "FROM journal_entries e WHERE e.entry_no >= @f AND e.entry_no <= @t ORDER BY e.entry_no LIMIT @n";

    public const string Lines =
        "SELECT entry_no, line_no, account, work_id, currency, amount_nanos FROM journal_lines " +
        "WHERE entry_no >= @f AND entry_no <= @t ORDER BY entry_no, line_no";

    // substr and length count characters on both databases; LIKE would need its wildcards escaped and ignores case on SQLite.
    public const string BalancesByPrefix =
        "SELECT account, currency, amount_nanos FROM account_balances WHERE substr(account, 1, length(@p)) = @p";

    // Grouped by kind as well, so that which kinds count towards rating is decided by EntryKinds.IsRating alone.
    public const string WorkSumsByKind =
        "SELECT e.kind, l.account, l.currency, i128_sum(l.amount_nanos) FROM journal_lines l " +
        "JOIN journal_entries e ON e.entry_no = l.entry_no WHERE l.work_id = @w GROUP BY e.kind, l.account, l.currency";

    public const string LineSums =
        "SELECT account, currency, i128_sum(amount_nanos) FROM journal_lines GROUP BY account, currency";

    public const string AllBalances = "SELECT account, currency, amount_nanos FROM account_balances";

    public const string SetBalance =
        "INSERT INTO account_balances (account, currency, amount_nanos) VALUES (@a, @c, @x) " +
        "ON CONFLICT (account, currency) DO UPDATE SET amount_nanos = excluded.amount_nanos";

    public const string DeleteBalance = "DELETE FROM account_balances WHERE account = @a AND currency = @c";
}
