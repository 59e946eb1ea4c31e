using System.Globalization;
using Grpc.Core;
using RoyaltyLedger.Application.Removals;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Server.Security;

using RoyaltyLedger.Application.Usage;
namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// Removal with evidence: creators and societies ask (and may withdraw, RemovalsService.Withdrawals), operators attest,
/// every step a journal entry (use cases: Application/Removals). Validates the fields, calls the use case, maps the result.
/// </summary>
internal sealed partial class RemovalsService(
    RequestRemoval requestRemoval, AttestRemoval attestRemoval, WithdrawRemoval withdrawRemoval, GetRemoval getRemoval, ListRemovals listRemovals,
    TimeProvider clock) : Removals.RemovalsBase
{
    public override async Task<RemovalRequest> RequestRemoval(RequestRemovalRequest request, ServerCallContext context)
    {
        var caller = context.RequireRole("request the removal of works", Roles.Creator, Roles.Society);
        RpcErrors.ThrowIfAny(RemovalValidation.Request(request));
        var removal = await requestRemoval.ExecuteAsync(caller,
            new RemovalToRequest(request.RequestId, request.WorkId, request.OperatorId, request.ModelId, request.Reason), context.CancellationToken);
        return removal.ToWire();
    }

    public override async Task<RemovalRequest> AttestRemoval(AttestRemovalRequest request, ServerCallContext context)
    {
        var caller = context.RequireRole("attest removals", Roles.Operator);
        RpcErrors.ThrowIfAny(RemovalValidation.Attestation(request, clock.GetUtcNow()));
        var removal = await attestRemoval.ExecuteAsync(caller, new RemovalToAttest(request.RequestId, request.ModelVersion, request.Method,
            request.RemovedAt.ToDateTimeOffset(), request.ContentHashHex), context.CancellationToken);
        return removal.ToWire();
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
        return (await getRemoval.ExecuteAsync(caller, scope, request.RequestId, context.CancellationToken)).ToWire();
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
        var page = await listRemovals.ExecuteAsync(scope, request.Status, after, request.Limit == 0 ? RemovalLimits.DefaultPageSize : request.Limit,
            context.CancellationToken);
        var response = new ListRemovalRequestsResponse
        {
            NextPageToken = page.NextAfterEntryNo == 0 ? "" : page.NextAfterEntryNo.ToString(CultureInfo.InvariantCulture),
        };
        response.Requests.AddRange(page.Removals.Select(r => r.ToWire()));
        return response;
    }
}
