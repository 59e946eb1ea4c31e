using System.Diagnostics;
using RoyaltyLedger.Application.Access;
using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Removals;

/// <summary>
/// Withdrawing a removal request. Whoever may request the work's removal now may withdraw an open request for it
/// (<see cref="RemovalAccess.RequireRequesterAsync"/>, the same check word for word); an operator never may. An
/// attested request stays: its removal was done and the evidence is part of the ledger. A retry after a lost response
/// (same note, same party) returns the request as the first call left it and appends nothing.
/// </summary>
public sealed class WithdrawRemoval(IRemovalStore removals, IGrainFactory grains, TimeProvider clock)
{
    public async Task<StoredRemoval> ExecuteAsync(Caller caller, string requestId, string note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var existing = await removals.GetRemovalAsync(requestId, cancellationToken);
        if (existing is null)
        {
            throw new NotFoundException($"removal request {requestId} does not exist");
        }

        var workId = existing.Request.WorkId;
        var work = await grains.GetGrain<IWorkGrain>(workId).Describe()
            ?? throw new UnreachableException($"removal request {requestId} concerns work {workId}, which is not registered");
        await RemovalAccess.RequireRequesterAsync(caller, work, removals, $"withdraw removal request {requestId}, which concerns work {workId}",
            cancellationToken);
        var withdrawal = new RemovalWithdrawalRecord(requestId, note, caller.PartyId ?? "", caller.Role,
            clock.GetUtcNow().ToUnixTimeMilliseconds(), 0);
        var write = await removals.WithdrawRemovalAsync(withdrawal, cancellationToken);
        if (write is { Outcome: RemovalOutcome.NotOpen, Removal.Attestation: { } attested })
        {
            throw new PreconditionFailedException($"removal request {requestId} was already attested on {RemovalWrites.Instant(attested.AttestedAtUnixMs)} " +
                $"(journal entry {attested.JournalEntryNo}): the work was removed and that evidence stays, so the request can no longer be withdrawn");
        }

        return RemovalWrites.Result(write, requestId, "was already withdrawn");
    }
}
