namespace RoyaltyLedger.Storage.Removals;

/// <summary>The removal statements; SQLite and PostgreSQL both accept them.</summary>
internal static class RemovalSql
{
    public const string RequestColumns =
        "r.request_id, r.work_id, r.operator_id, r.model_id, r.requested_by, r.requested_by_role, r.reason, r.origin, r.status, " +
        "r.requested_at_ms, r.journal_entry_no";

    public const string AttestationColumns =
        "a.request_id, a.model_version, a.method, a.removed_at_ms, a.content_hash, a.attested_by, a.attested_at_ms, a.journal_entry_no";

    /// <summary>A request and its attestation (null columns while open), 19 columns: <see cref="RemovalRows"/> reads them.</summary>
    public const string SelectJoined =
        $"SELECT {RequestColumns}, {AttestationColumns} FROM removal_requests r LEFT JOIN removal_attestations a ON a.request_id = r.request_id";

    public const string SelectOne = SelectJoined + " WHERE r.request_id = @id";

    public const string InsertRequest =
        "INSERT INTO removal_requests (request_id, work_id, operator_id, model_id, requested_by, requested_by_role, reason, origin, status, " +
        "requested_at_ms, journal_entry_no) VALUES (@id, @w, @o, @m, @by, @role, @reason, @origin, @status, @at, @entry)";

    public const string InsertAttestation =
        "INSERT INTO removal_attestations (request_id, model_version, method, removed_at_ms, content_hash, attested_by, attested_at_ms, " +
        "journal_entry_no) VALUES (@id, @v, @method, @removed, @hash, @by, @at, @entry)";

    public const string MarkAttested = "UPDATE removal_requests SET status = 'attested' WHERE request_id = @id AND status = 'open'";

    // Rows of the work as a whole (party '') only, so that a use counts once however many creators share it; rows with
    // no events (the second currency of a use priced in two) are left out. See UsesAfterRemoval for the precision.
    public const string UsesAfter =
        "SELECT CAST(COALESCE(SUM(CASE WHEN first_at_ms > @t THEN event_count ELSE 0 END), 0) AS BIGINT), " +
        "CAST(COALESCE(SUM(CASE WHEN first_at_ms <= @t THEN 1 ELSE 0 END), 0) AS BIGINT) FROM usage_totals " +
        "WHERE party_id = '' AND work_id = @w AND operator_id = @o AND (@m = '' OR model_id = @m) AND use_kind IN (1, 2) " +
        "AND event_count > 0 AND last_at_ms > @t";

    // The WHERE repeats the partial index usage_totals_refused_training's terms word for word, so that SQLite uses it.
    public const string RefusedWithoutDemand =
        "SELECT t.work_id, t.operator_id, t.model_id, MIN(t.first_at_ms) FROM usage_totals t " +
        "WHERE t.party_id = '' AND t.status = 'refused' AND t.use_kind IN (1, 2) AND t.event_count > 0 AND t.model_id <> '' " +
        "AND NOT EXISTS (SELECT 1 FROM removal_requests r WHERE r.origin = 'refused-use' AND r.work_id = t.work_id " +
        "AND r.operator_id = t.operator_id AND r.model_id = t.model_id) " +
        "GROUP BY t.work_id, t.operator_id, t.model_id ORDER BY MIN(t.first_at_ms), t.work_id, t.operator_id, t.model_id LIMIT @n";

    public const string SocietyHasMember =
        "SELECT COUNT(*) FROM society_members WHERE society_id = @s AND member_id = @m AND member_kind = 'creator'";

    /// <summary>The condition that keeps a scope's requests (alias r); Creator and Society scopes bind @p.</summary>
    public static string ScopeCondition(RemovalScopeKind kind) => kind switch
    {
        RemovalScopeKind.All => "1 = 1",
        RemovalScopeKind.Operator => "r.operator_id = @p",
        RemovalScopeKind.Creator =>
            $"r.work_id IN (SELECT p.work_id FROM work_parties p WHERE p.party_id = @p AND p.relation = '{WorkRelations.Contributor}')",
        RemovalScopeKind.Society =>
            "r.work_id IN (SELECT p.work_id FROM society_members m JOIN work_parties p ON p.party_id = m.member_id " +
            $"AND p.relation = '{WorkRelations.Contributor}' WHERE m.society_id = @p AND m.member_kind = 'creator')",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a removal scope"),
    };
}
