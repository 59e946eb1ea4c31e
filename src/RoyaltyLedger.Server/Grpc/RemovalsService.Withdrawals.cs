using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage.Removals;
using RoyaltyLedger.Application.Removals;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// Withdrawing a removal request. Whoever may request the work's removal now may withdraw an open request for it
/// (RemovalAccess.RequireRequesterAsync, the same check word for word); an operator never may. An attested request
/// stays: its removal was done and the evidence is part of the ledger. A retry after a lost response (same note, same
/// party) returns the request as the first call left it and appends nothing.
/// </summary>
internal sealed partial class RemovalsService
{
    public override async Task<RemovalRequest> WithdrawRemoval(WithdrawRemovalRequest request, ServerCallContext context)
    {
        var caller = context.RequireRole("withdraw removal requests", Roles.Creator, Roles.Society);
        RpcErrors.ThrowIfAny(RemovalValidation.Withdrawal(request));
        var existing = await removals.GetRemovalAsync(request.RequestId, context.CancellationToken);
        if (existing is null)
        {
            RpcErrors.NotFound($"removal request {request.RequestId} does not exist");
        }

        var workId = existing.Request.WorkId;
        var work = await grains.GetGrain<IWorkGrain>(workId).Describe()
            ?? throw new UnreachableException($"removal request {request.RequestId} concerns work {workId}, which is not registered");
        await RemovalAccess.RequireRequesterAsync(caller, work, removals, $"withdraw removal request {request.RequestId}, which concerns work {workId}",
            context.CancellationToken);
        var withdrawal = new RemovalWithdrawalRecord(request.RequestId, request.Note, caller.PartyId ?? "", caller.Role,
            clock.GetUtcNow().ToUnixTimeMilliseconds(), 0);
        var write = await removals.WithdrawRemovalAsync(withdrawal, context.CancellationToken);
        if (write is { Outcome: RemovalOutcome.NotOpen, Removal.Attestation: { } attested })
        {
            RpcErrors.FailedPrecondition($"removal request {request.RequestId} was already attested on {Instant(attested.AttestedAtUnixMs)} " +
                $"(journal entry {attested.JournalEntryNo}): the work was removed and that evidence stays, so the request can no longer be withdrawn");
        }

        return Result(write, request.RequestId, "was already withdrawn");
    }

    private static string Withdrawer(RemovalWithdrawalRecord w) => w.WithdrawnBy.Length == 0 ? w.WithdrawnByRole : $"{w.WithdrawnByRole} {w.WithdrawnBy}";

    private static string Instant(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
