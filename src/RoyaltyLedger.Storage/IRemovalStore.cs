using RoyaltyLedger.Storage.Removals;

namespace RoyaltyLedger.Storage;

/// <summary>
/// Removal requests and their attestations (README "Removal with evidence"). Every request and every attestation is
/// stored in the transaction that appends its journal entry (kinds removal-request and removal-attestation, with no
/// lines), so the hash chain holds each one and the row keeps the entry's number. Ids make writes idempotent: the same
/// id with the same content returns the first result, with other content a <see cref="RemovalOutcome.Conflict"/>.
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
    /// holds one attestation. <see cref="RemovalOutcome.NotFound"/> when the request does not exist.
    /// </summary>
    Task<RemovalWrite> AttestRemovalAsync(RemovalAttestationRecord attestation, CancellationToken cancellationToken);

    /// <summary>The request with its attestation and the uses after it, or null.</summary>
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
    /// refusal and that has none yet: at most <paramref name="limit"/> (1 to
    /// <see cref="Domain.Removals.RemovalLimits.MaxDemandsPerPass"/>), the earliest refused use first, all in one
    /// transaction. Returns the demands opened; empty when there was nothing to open.
    /// </summary>
    Task<IReadOnlyList<StoredRemoval>> OpenDemandsForRefusedUsesAsync(long nowUnixMs, int limit, CancellationToken cancellationToken);
}
