using RoyaltyLedger.Application.Access;
using RoyaltyLedger.Application.Outcomes;

namespace RoyaltyLedger.Application.Removals;

/// <summary>
/// The operator a removal request is addressed to attests, with evidence, that it removed the work. A withdrawn request
/// has nothing to attest; a second, different attestation is a conflict.
/// </summary>
public sealed class AttestRemoval(IRemovalStore removals, TimeProvider clock)
{
    public async Task<StoredRemoval> ExecuteAsync(Caller caller, RemovalToAttest attestation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(attestation);
        var requestId = attestation.RequestId;
        var existing = await removals.GetRemovalAsync(requestId, cancellationToken);
        if (existing is null)
        {
            throw new NotFoundException($"removal request {requestId} does not exist");
        }

        if (!caller.IsAdmin && !caller.Is(Roles.Operator, existing.Request.OperatorId))
        {
            throw new AccessDeniedException($"{caller} may not attest removal request {requestId}, which is addressed to operator {existing.Request.OperatorId}");
        }

        var record = new RemovalAttestationRecord(requestId, attestation.ModelVersion, attestation.Method,
            attestation.RemovedAt.ToUnixTimeMilliseconds(), attestation.ContentHashHex.ToLowerInvariant(), caller.ToString(),
            clock.GetUtcNow().ToUnixTimeMilliseconds(), 0);
        var write = await removals.AttestRemovalAsync(record, cancellationToken);
        if (write is { Outcome: RemovalOutcome.NotOpen, Removal.Withdrawal: { } withdrawn })
        {
            throw new PreconditionFailedException($"removal request {requestId} was withdrawn on {RemovalWrites.Instant(withdrawn.WithdrawnAtUnixMs)} by " +
                $"{RemovalWrites.Withdrawer(withdrawn)} (journal entry {withdrawn.JournalEntryNo}): there is nothing to attest");
        }

        return RemovalWrites.Result(write, requestId, "was already attested");
    }
}
