using RoyaltyLedger.Application.Removals;
using RoyaltyLedger.Domain.Removals;

namespace RoyaltyLedger.Storage.Removals;

/// <summary>What of each stored record <see cref="RemovalConflicts"/> compares, and its answer as the port's <see cref="RemovalConflict"/>.</summary>
internal static class RemovalTerms
{
    public static RemovalConflict? RequestConflict(RemovalRequestRecord stored, RemovalRequestRecord given) =>
        Conflict(RemovalConflicts.Request(Of(stored), Of(given)));

    public static RemovalConflict? AttestationConflict(RemovalAttestationRecord stored, RemovalAttestationRecord given) =>
        Conflict(RemovalConflicts.Attestation(Of(stored), Of(given)));

    public static RemovalConflict? WithdrawalConflict(RemovalWithdrawalRecord stored, RemovalWithdrawalRecord given) =>
        Conflict(RemovalConflicts.Withdrawal(Of(stored), Of(given)));

    private static RemovalRequestTerms Of(RemovalRequestRecord r) => new(r.WorkId, r.OperatorId, r.ModelId, r.Reason, r.RequestedBy, r.RequestedByRole);

    private static RemovalAttestationTerms Of(RemovalAttestationRecord a) => new(a.ModelVersion, a.Method, a.RemovedAtUnixMs, a.ContentHashHex);

    private static RemovalWithdrawalTerms Of(RemovalWithdrawalRecord w) => new(w.Note, w.WithdrawnBy, w.WithdrawnByRole);

    private static RemovalConflict? Conflict(RemovalDifference? difference) =>
        difference is null ? null : new RemovalConflict(difference.Field, difference.Stored, difference.Given);
}
