using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Storage.Removals;
using RoyaltyLedger.Application.Removals;

using RoyaltyLedger.Application.Usage;
namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// Removal with evidence: creators and societies ask (and may withdraw, RemovalsService.Withdrawals), operators attest,
/// every step a journal entry.
/// </summary>
internal sealed partial class RemovalsService(IRemovalStore removals, IGrainFactory grains, ModelOwners models, TimeProvider clock) : Removals.RemovalsBase
{
    public override async Task<RemovalRequest> RequestRemoval(RequestRemovalRequest request, ServerCallContext context)
    {
        var caller = context.RequireRole("request the removal of works", Roles.Creator, Roles.Society);
        RpcErrors.ThrowIfAny(RemovalValidation.Request(request));
        var work = await grains.GetGrain<IWorkGrain>(request.WorkId).Describe();
        if (work is null)
        {
            RpcErrors.BadRequest("work_id", $"work_id '{request.WorkId}' is not a registered work");
        }

        await RemovalAccess.RequireRequesterAsync(caller, work, removals, $"request the removal of work {EntityIds.Printable(work.Definition.WorkId)}",
            context.CancellationToken);
        await RequireTargetAsync(request.OperatorId, request.ModelId);
        var record = new RemovalRequestRecord(request.RequestId, request.WorkId, request.OperatorId, request.ModelId, caller.PartyId ?? "",
            caller.Role, request.Reason, RemovalOrigins.Request, RemovalStates.Open, clock.GetUtcNow().ToUnixTimeMilliseconds(), 0);
        return Result(await removals.RequestRemovalAsync(record, context.CancellationToken), request.RequestId);
    }

    public override async Task<RemovalRequest> AttestRemoval(AttestRemovalRequest request, ServerCallContext context)
    {
        var caller = context.RequireRole("attest removals", Roles.Operator);
        var now = clock.GetUtcNow();
        RpcErrors.ThrowIfAny(RemovalValidation.Attestation(request, now));
        var existing = await removals.GetRemovalAsync(request.RequestId, context.CancellationToken);
        if (existing is null)
        {
            RpcErrors.NotFound($"removal request {request.RequestId} does not exist");
        }

        caller.RequireParty(Roles.Operator, existing.Request.OperatorId,
            $"attest removal request {request.RequestId}, which is addressed to operator {existing.Request.OperatorId}");
        var attestation = new RemovalAttestationRecord(request.RequestId, request.ModelVersion, request.Method,
            request.RemovedAt.ToDateTimeOffset().ToUnixTimeMilliseconds(), request.ContentHashHex.ToLowerInvariant(), caller.ToString(),
            now.ToUnixTimeMilliseconds(), 0);
        var write = await removals.AttestRemovalAsync(attestation, context.CancellationToken);
        if (write is { Outcome: RemovalOutcome.NotOpen, Removal.Withdrawal: { } withdrawn })
        {
            RpcErrors.FailedPrecondition($"removal request {request.RequestId} was withdrawn on {Instant(withdrawn.WithdrawnAtUnixMs)} by " +
                $"{Withdrawer(withdrawn)} (journal entry {withdrawn.JournalEntryNo}): there is nothing to attest");
        }

        return Result(write, request.RequestId, "was already attested");
    }

    public override async Task<RemovalRequest> GetRemovalRequest(GetRemovalRequestRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var scope = RemovalAccess.ScopeOf(caller);
        if (scope is null)
        {
            CallerAccess.Deny($"{caller} may not read removal requests");
        }

        RpcErrors.ThrowIfAny([EntityIds.Check("request_id", request.RequestId)]);
        var removal = await removals.GetRemovalAsync(request.RequestId, context.CancellationToken);
        if (removal is null)
        {
            RpcErrors.NotFound($"removal request {request.RequestId} does not exist");
        }

        if (!await removals.InScopeAsync(scope, request.RequestId, context.CancellationToken))
        {
            CallerAccess.Deny($"{caller} may not read removal request {request.RequestId}, which concerns work {removal.Request.WorkId} and operator {removal.Request.OperatorId}");
        }

        return removal.ToWire();
    }

    public override async Task<ListRemovalRequestsResponse> ListRemovalRequests(ListRemovalRequestsRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var scope = RemovalAccess.ScopeOf(caller);
        if (scope is null)
        {
            CallerAccess.Deny($"{caller} may not list removal requests");
        }

        var (after, badToken) = RemovalValidation.PageToken(request.PageToken);
        RpcErrors.ThrowIfAny([RemovalValidation.Status(request.Status), RemovalValidation.Limit(request.Limit), badToken]);
        var page = await removals.ListRemovalsAsync(scope, request.Status, after, request.Limit == 0 ? RemovalLimits.DefaultPageSize : request.Limit,
            context.CancellationToken);
        var response = new ListRemovalRequestsResponse
        {
            NextPageToken = page.NextAfterEntryNo == 0 ? "" : page.NextAfterEntryNo.ToString(CultureInfo.InvariantCulture),
        };
        response.Requests.AddRange(page.Removals.Select(r => r.ToWire()));
        return response;
    }

    /// <summary>The operator must be registered, and the model, when one is named, registered to it.</summary>
    private async Task RequireTargetAsync(string operatorId, string modelId)
    {
        if (await grains.GetGrain<IOperatorGrain>(operatorId).Describe() is null)
        {
            RpcErrors.BadRequest("operator_id", $"operator_id '{operatorId}' is not a registered operator");
        }

        if (modelId.Length > 0)
        {
            var owner = (await models.OwnersOfAsync([modelId]))[modelId];
            if (owner != operatorId)
            {
                RpcErrors.BadRequest("model_id", owner is null
                    ? $"model_id '{modelId}' is not a registered model"
                    : $"model_id '{modelId}' belongs to operator {owner}, not {operatorId}");
            }
        }
    }

    private static RemovalRequest Result(RemovalWrite write, string requestId, string conflictVerb = "already exists")
    {
        if (write.Outcome == RemovalOutcome.NotFound || write.Removal is null)
        {
            RpcErrors.NotFound($"removal request {requestId} does not exist");
        }

        if (write.Outcome == RemovalOutcome.NotOpen)
        {
            throw new UnreachableException($"removal request {requestId} is {write.Removal.Request.Status}; the caller maps that outcome itself");
        }

        if (write.Conflict is { } c)
        {
            RpcErrors.AlreadyExists(
                $"removal request {requestId} {conflictVerb} with {c.Field} '{EntityIds.Printable(c.Stored)}'; this call gives '{EntityIds.Printable(c.Given)}'");
        }

        return write.Removal.ToWire();
    }
}
