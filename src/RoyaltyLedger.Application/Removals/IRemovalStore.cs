
namespace RoyaltyLedger.Application.Removals;

/// <summary>
/// Removal requests, their attestations and their withdrawals (README "Removal with evidence"). Every request,
/// attestation and withdrawal is stored in the transaction that appends its journal entry (kinds removal-request,
/// removal-attestation and removal-withdrawal, with no lines), so the hash chain holds each one and the row keeps the
/// entry's number. Ids make writes idempotent: the same id with the same content returns the first result, with other
/// content a <see cref="RemovalOutcome.Conflict"/>. Only an open request is attested or withdrawn, and either is final.
/// </summary>
public interface IRemovalStore
{
    /// <summary>
    /// Stores the request (its <see cref="RemovalRequestRecord.Status"/> open, its entry number ignored) and appends its
    /// entry, recorded at its requested time. A repeat compares work, operator, model, reason and requester.
    /// </summary>
    Task<RemovalWrite> RequestRemovalAsync(RemovalRequestRecord request, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the attestation (its entry number ignored), marks the request attested and appends the entry, recorded
    /// at the attestation's time. A repeat compares model version, method, removal time and content hash; a request
    /// holds one attestation. <see cref="RemovalOutcome.NotFound"/> when the request does not exist,
    /// <see cref="RemovalOutcome.NotOpen"/> when it was withdrawn.
    /// </summary>
    Task<RemovalWrite> AttestRemovalAsync(RemovalAttestationRecord attestation, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the withdrawal (its entry number ignored), marks the request withdrawn and appends the entry, recorded at
    /// the withdrawal's time. A repeat compares the note and who withdrew: the same returns the first result and appends
    /// nothing. <see cref="RemovalOutcome.NotFound"/> when the request does not exist, <see cref="RemovalOutcome.NotOpen"/>
    /// when it was attested (the removal is done and its evidence stays).
    /// </summary>
    Task<RemovalWrite> WithdrawRemovalAsync(RemovalWithdrawalRecord withdrawal, CancellationToken cancellationToken);

    /// <summary>The request with its attestation and the uses after it, or its withdrawal, or null.</summary>
    Task<StoredRemoval?> GetRemovalAsync(string requestId, CancellationToken cancellationToken);

    /// <summary>
    /// The requests in <paramref name="scope"/> with <paramref name="status"/> ('' for any) whose entries come after
    /// <paramref name="afterEntryNo"/>, in journal order, at most <paramref name="limit"/> (1 to
    /// <see cref="Domain.Removals.RemovalLimits.MaxPageSize"/>).
    /// </summary>
    Task<RemovalPage> ListRemovalsAsync(RemovalScope scope, string status, long afterEntryNo, int limit, CancellationToken cancellationToken);

    /// <summary>Whether the request exists and lies in <paramref name="scope"/>.</summary>
    Task<bool> InScopeAsync(RemovalScope scope, string requestId, CancellationToken cancellationToken);

    /// <summary>Whether any of the creators is a creator member of the society.</summary>
    Task<bool> HasAnyCreatorMemberAsync(string societyId, IReadOnlyCollection<string> creatorIds, CancellationToken cancellationToken);

    /// <summary>
    /// Opens a removal demand (origin refused-use, requested by the ledger at <paramref name="nowUnixMs"/>) for each
    /// work, operator and model that <c>usage_totals</c> shows trained or fine-tuned on the work against a creator's
    /// refusal and that has none yet (a withdrawn demand counts until a creator refuses that use again after its
    /// withdrawal and the model uses the work so again; the next demand then gets the next number): at most <paramref name="limit"/> (1 to
    /// <see cref="Domain.Removals.RemovalLimits.MaxDemandsPerPass"/>), the earliest refused use first, all in one
    /// transaction. Returns the demands opened; empty when there was nothing to open.
    /// </summary>
    Task<IReadOnlyList<StoredRemoval>> OpenDemandsForRefusedUsesAsync(long nowUnixMs, int limit, CancellationToken cancellationToken);
}
