namespace RoyaltyLedger.Storage.Quarantine;

/// <summary>The quarantine's statements; SQLite and PostgreSQL both accept them.</summary>
internal static class QuarantineSql
{
    public const string Columns =
        "log_seq, event_index, operator_id, event_id, work_id, error_type, error_message, first_quarantined_at_ms, quarantined_at_ms, attempts";

    // A retry deletes the uses it takes before writing back those that failed again, with their first time and attempts
    // carried over; the update serves a use set aside twice in one commit, which a correct projector never does.
    public const string Upsert =
        $"INSERT INTO quarantined_uses ({Columns}) VALUES (@l, @i, @o, @e, @w, @t, @m, @f, @a, @n) " +
        "ON CONFLICT (log_seq, event_index) DO UPDATE SET work_id = excluded.work_id, error_type = excluded.error_type, " +
        "error_message = excluded.error_message, quarantined_at_ms = excluded.quarantined_at_ms, attempts = quarantined_uses.attempts + 1";

    public const string Delete = "DELETE FROM quarantined_uses WHERE log_seq = @l AND event_index = @i";

    public const string Page =
        $"SELECT {Columns} FROM quarantined_uses WHERE log_seq > @l OR (log_seq = @l AND event_index > @i) ORDER BY log_seq, event_index LIMIT @n";

    public const string One = $"SELECT {Columns} FROM quarantined_uses WHERE log_seq = @l AND event_index = @i";

    public const string Count = "SELECT COUNT(*) FROM quarantined_uses";

    public const string Oldest = $"SELECT {Columns} FROM quarantined_uses ORDER BY log_seq, event_index LIMIT 1";
}
