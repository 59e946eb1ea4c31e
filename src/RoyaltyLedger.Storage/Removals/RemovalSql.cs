using RoyaltyLedger.Application.Removals;
using RoyaltyLedger.Application.Registry;
namespace RoyaltyLedger.Storage.Removals;

/// <summary>The removal statements; SQLite and PostgreSQL both accept them.</summary>
internal static class RemovalSql
{
    public const string RequestColumns =
        "r.request_id, r.work_id, r.operator_id, r.model_id, r.requested_by, r.requested_by_role, r.reason, r.origin, r.status, " +
        "r.requested_at_ms, r.journal_entry_no";

    public const string AttestationColumns =
        "a.request_id, a.model_version, a.method, a.removed_at_ms, a.content_hash, a.attested_by, a.attested_at_ms, a.journal_entry_no";

    public const string WithdrawalColumns = "w.request_id, w.note, w.withdrawn_by, w.withdrawn_by_role, w.withdrawn_at_ms, w.journal_entry_no";

    /// <summary>
    /// A request, its attestation and its withdrawal (null columns where there is none), 25 columns:
    /// <see cref="RemovalRows"/> reads them.
    /// </summary>
    public const string SelectJoined =
        $"SELECT {RequestColumns}, {AttestationColumns}, {WithdrawalColumns} FROM removal_requests r " +
        "LEFT JOIN removal_attestations a ON a.request_id = r.request_id LEFT JOIN removal_withdrawals w ON w.request_id = r.request_id";

    public const string SelectOne = SelectJoined + " WHERE r.request_id = @id";

    public const string InsertRequest =
        "INSERT INTO removal_requests (request_id, work_id, operator_id, model_id, requested_by, requested_by_role, reason, origin, status, " +
        "requested_at_ms, journal_entry_no) VALUES (@id, @w, @o, @m, @by, @role, @reason, @origin, @status, @at, @entry)";

    public const string InsertAttestation =
        "INSERT INTO removal_attestations (request_id, model_version, method, removed_at_ms, content_hash, attested_by, attested_at_ms, " +
        "journal_entry_no) VALUES (@id, @v, @method, @removed, @hash, @by, @at, @entry)";

    public const string InsertWithdrawal =
        "INSERT INTO removal_withdrawals (request_id, note, withdrawn_by, withdrawn_by_role, withdrawn_at_ms, journal_entry_no) " +
        "VALUES (@id, @note, @by, @role, @at, @entry)";

    public const string MarkAttested = "UPDATE removal_requests SET status = 'attested' WHERE request_id = @id AND status = 'open'";

    public const string MarkWithdrawn = "UPDATE removal_requests SET status = 'withdrawn' WHERE request_id = @id AND status = 'open'";

    // Rows of the work as a whole (party '') only, so that a use counts once however many creators share it; rows with
    // no events (the second currency of a use priced in two) are left out. See UsesAfterRemoval for the precision.
    public const string UsesAfter =
        "SELECT CAST(COALESCE(SUM(CASE WHEN first_at_ms > @t THEN event_count ELSE 0 END), 0) AS BIGINT), " +
        "CAST(COALESCE(SUM(CASE WHEN first_at_ms <= @t THEN 1 ELSE 0 END), 0) AS BIGINT) FROM usage_totals " +
        "WHERE party_id = '' AND work_id = @w AND operator_id = @o AND (@m = '' OR model_id = @m) AND use_kind IN (1, 2) " +
        "AND event_count > 0 AND last_at_ms > @t";

    // The WHERE repeats the partial index usage_totals_refused_training's terms word for word, so that SQLite uses it.
    // A refused row is held back by any demand for its work, operator and model that is open or attested, and by a
    // withdrawn one unless RefusedAgainAfterWithdrawal holds for it (see RefusedUseDemandPass).
    public const string RefusedWithoutDemand =
        "SELECT t.work_id, t.operator_id, t.model_id, MIN(t.first_at_ms) FROM usage_totals t " +
        "WHERE t.party_id = '' AND t.status = 'refused' AND t.use_kind IN (1, 2) AND t.event_count > 0 AND t.model_id <> '' " +
        "AND NOT EXISTS (SELECT 1 FROM removal_requests r LEFT JOIN removal_withdrawals w ON w.request_id = r.request_id " +
        "WHERE r.origin = 'refused-use' AND r.work_id = t.work_id AND r.operator_id = t.operator_id AND r.model_id = t.model_id " +
        $"AND (w.request_id IS NULL OR NOT EXISTS ({RefusedAgainAfterWithdrawal}))) " +
        "GROUP BY t.work_id, t.operator_id, t.model_id ORDER BY MIN(t.first_at_ms), t.work_id, t.operator_id, t.model_id LIMIT @n";

    // For usage_totals row t and withdrawal w: a creator of the work (a contributor in any split version) recorded a
    // refusal of t's use by t's operator (or by any operator, of this work or of all their works) after the withdrawal,
    // and at least one of t's uses happened after that refusal.
    private const string RefusedAgainAfterWithdrawal =
        "SELECT 1 FROM consents c JOIN work_parties p ON p.party_id = c.creator_id AND p.work_id = t.work_id " +
        $"AND p.relation = '{WorkRelations.Contributor}' WHERE c.decision = 'refused' AND c.use_kind = t.use_kind " +
        "AND c.work_id IN ('', t.work_id) AND c.operator_id IN ('', t.operator_id) AND c.recorded_at_ms > w.withdrawn_at_ms " +
        "AND t.last_at_ms > c.recorded_at_ms";

    /// <summary>The demands the ledger opened for a work and model so far (withdrawn ones included), which numbers the next.</summary>
    public const string DemandsOfPair = "SELECT COUNT(*) FROM removal_requests WHERE origin = 'refused-use' AND work_id = @w AND model_id = @m";

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
