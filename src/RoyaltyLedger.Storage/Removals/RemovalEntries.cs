using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Application.Removals;

namespace RoyaltyLedger.Storage.Removals;

/// <summary>
/// The journal entries of removals: records with no lines, whose reference is compact JSON of the ids, times and
/// hashes. Free text (a reason, a method) is carried as its SHA-256, so that the reference stays far below the
/// journal's 8,192 characters while the chain still fixes the text the row holds.
/// </summary>
internal static class RemovalEntries
{
    public static JournalEntryDraft Request(RemovalRequestRecord r) => new(EntryKinds.RemovalRequest, JsonSerializer.Serialize(new
    {
        request = r.RequestId,
        work = r.WorkId,
        @operator = r.OperatorId,
        model = r.ModelId,
        origin = r.Origin,
        requested_by = r.RequestedBy,
        requested_by_role = r.RequestedByRole,
        reason_sha256 = Sha256Hex(r.Reason),
        requested_at_ms = r.RequestedAtUnixMs,
    }), []);

    public static JournalEntryDraft Attestation(RemovalRequestRecord r, RemovalAttestationRecord a) => new(EntryKinds.RemovalAttestation, JsonSerializer.Serialize(new
    {
        request = a.RequestId,
        work = r.WorkId,
        @operator = r.OperatorId,
        model = r.ModelId,
        model_version = a.ModelVersion,
        method_sha256 = Sha256Hex(a.Method),
        removed_at_ms = a.RemovedAtUnixMs,
        content_sha256 = a.ContentHashHex,
        attested_by = a.AttestedBy,
        attested_at_ms = a.AttestedAtUnixMs,
    }), []);

    public static JournalEntryDraft Withdrawal(RemovalRequestRecord r, RemovalWithdrawalRecord w) => new(EntryKinds.RemovalWithdrawal, JsonSerializer.Serialize(new
    {
        request = w.RequestId,
        work = r.WorkId,
        @operator = r.OperatorId,
        model = r.ModelId,
        withdrawn_by = w.WithdrawnBy,
        withdrawn_by_role = w.WithdrawnByRole,
        note_sha256 = Sha256Hex(w.Note),
        withdrawn_at_ms = w.WithdrawnAtUnixMs,
    }), []);

    /// <summary>SHA-256 of the text's UTF-8, lower-case hex.</summary>
    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
