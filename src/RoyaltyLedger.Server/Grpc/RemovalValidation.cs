using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Domain.Validation;
using static System.FormattableString;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>The field checks of the Removals service; each violation names the field and the value.</summary>
internal static class RemovalValidation
{
    /// <summary>Ids the ledger gives the demands it opens itself (<see cref="RemovalIds.RefusedUseDemand"/>).</summary>
    public const string LedgerIdPrefix = "refused:";

    public static IEnumerable<FieldViolation?> Request(RequestRemovalRequest r) =>
    [
        EntityIds.Check("request_id", r.RequestId),
        r.RequestId.StartsWith(LedgerIdPrefix, StringComparison.Ordinal)
            ? new FieldViolation("request_id", $"request_id '{EntityIds.Printable(r.RequestId)}' starts with '{LedgerIdPrefix}', which the ledger keeps for the demands it opens itself")
            : null,
        EntityIds.Check("work_id", r.WorkId),
        EntityIds.Check("operator_id", r.OperatorId),
        r.ModelId.Length == 0 ? null : EntityIds.Check("model_id", r.ModelId),
        Text.CheckRequired("reason", r.Reason, RemovalLimits.MaxReasonLength),
    ];

    public static IEnumerable<FieldViolation?> Attestation(AttestRemovalRequest r, DateTimeOffset now) =>
    [
        EntityIds.Check("request_id", r.RequestId),
        Text.CheckRequired("model_version", r.ModelVersion, RemovalLimits.MaxModelVersionLength),
        Text.CheckRequired("method", r.Method, RemovalLimits.MaxMethodLength),
        RemovedAt(r.RemovedAt, now),
        RemovalRules.CheckContentHash("content_hash_hex", r.ContentHashHex),
    ];

    public static IEnumerable<FieldViolation?> Withdrawal(WithdrawRemovalRequest r) =>
    [
        EntityIds.Check("request_id", r.RequestId),
        Text.CheckRequired("note", r.Note, RemovalLimits.MaxWithdrawalNoteLength),
    ];

    /// <summary>The status filter of a listing: empty, open, attested or withdrawn.</summary>
    public static FieldViolation? Status(string status) =>
        status is "" or RemovalStates.Open or RemovalStates.Attested or RemovalStates.Withdrawn
            ? null
            : new FieldViolation("status", $"status '{EntityIds.Printable(status)}' is not a removal status: expected open, attested or withdrawn, or empty for every request");

    public static FieldViolation? Limit(int limit) =>
        limit is >= 0 and <= RemovalLimits.MaxPageSize
            ? null
            : new FieldViolation("limit", Invariant($"limit is {limit:N0}, expected 1 to {RemovalLimits.MaxPageSize} (0 means {RemovalLimits.DefaultPageSize})"));

    /// <summary>The journal entry a page continues after: a page token is its number, empty for the first page.</summary>
    public static (long AfterEntryNo, FieldViolation? Violation) PageToken(string token)
    {
        if (token.Length == 0)
        {
            return (0, null);
        }

        return long.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var after) && after > 0
            ? (after, null)
            : (0, new FieldViolation("page_token", $"page_token '{EntityIds.Printable(token)}' is not a token this service returned"));
    }

    private static FieldViolation? RemovedAt(Timestamp? removedAt, DateTimeOffset now)
    {
        return WireTimestamps.TryRead("removed_at", removedAt, out var at, out var invalid)
            ? RemovalRules.CheckRemovedAt("removed_at", at, now)
            : invalid;
    }
}
