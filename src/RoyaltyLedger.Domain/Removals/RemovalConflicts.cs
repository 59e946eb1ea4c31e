using System.Globalization;

namespace RoyaltyLedger.Domain.Removals;

/// <summary>
/// Tells a repeat from a conflict when a step comes again under an id already stored (<see cref="RemovalVerdict.Compare"/>):
/// null when the content is the same (a retry after a lost response, which returns the first result), otherwise the
/// first field that differs. Each compares, in order, the fields a caller chooses; everything else (times of the
/// request, the attesting key) may differ between a first call and its retry.
/// </summary>
public static class RemovalConflicts
{
    public static RemovalDifference? Request(RemovalRequestTerms stored, RemovalRequestTerms given)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(given);
        return FirstDifference(
            ("work_id", stored.WorkId, given.WorkId),
            ("operator_id", stored.OperatorId, given.OperatorId),
            ("model_id", stored.ModelId, given.ModelId),
            ("reason", stored.Reason, given.Reason),
            ("requested_by", Party(stored.RequestedByRole, stored.RequestedBy), Party(given.RequestedByRole, given.RequestedBy)));
    }

    public static RemovalDifference? Attestation(RemovalAttestationTerms stored, RemovalAttestationTerms given)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(given);
        return FirstDifference(
            ("model_version", stored.ModelVersion, given.ModelVersion),
            ("method", stored.Method, given.Method),
            ("removed_at", Instant(stored.RemovedAtUnixMs), Instant(given.RemovedAtUnixMs)),
            ("content_hash_hex", stored.ContentHashHex, given.ContentHashHex));
    }

    /// <summary>A retry after a lost response carries the same note from the same party; anything else is another withdrawal.</summary>
    public static RemovalDifference? Withdrawal(RemovalWithdrawalTerms stored, RemovalWithdrawalTerms given)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(given);
        return FirstDifference(
            ("note", stored.Note, given.Note),
            ("withdrawn_by", Party(stored.WithdrawnByRole, stored.WithdrawnBy), Party(given.WithdrawnByRole, given.WithdrawnBy)));
    }

    private static RemovalDifference? FirstDifference(params (string Field, string Stored, string Given)[] fields) =>
        fields.Where(f => !string.Equals(f.Stored, f.Given, StringComparison.Ordinal)).Select(f => new RemovalDifference(f.Field, f.Stored, f.Given)).FirstOrDefault();

    /// <summary>The role alone for an admin or the ledger (no party id), else "role party".</summary>
    private static string Party(string role, string partyId) => partyId.Length == 0 ? role : $"{role} {partyId}";

    private static string Instant(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
