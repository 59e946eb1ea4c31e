using Grpc.Core;
using RoyaltyLedger.Application.Licensing;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Server.Security;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// Operators ask before use; creators and rightsholders decide; works are licensed when all their parties approve
/// (use cases: Application/Licensing). Validates the fields, calls the use case, maps the result.
/// </summary>
internal sealed partial class LicenceRequestsService(
    FileLicenceRequest fileRequest, ReadLicenceRequest readRequest, ListLicenceRequests listRequests, DecideLicenceRequest decide,
    AcceptLicenceCounter acceptCounter, WithdrawLicenceRequest withdraw, TimeProvider clock)
    : LicenceRequests.LicenceRequestsBase
{
    public override async Task<LicenceRequest> FileRequest(FileLicenceRequestRequest request, ServerCallContext context)
    {
        context.RequireRole("file licence requests", Roles.Operator)
            .RequireParty(Roles.Operator, request.OperatorId, $"file licence requests for operator {EntityIds.Printable(request.OperatorId)}");
        RpcErrors.ThrowIfAny([WireTimestamps.Check("starts_at", request.StartsAt), WireTimestamps.Check("ends_at", request.EndsAt)]);
        var raw = request.ToTerms();
        RpcErrors.ThrowIfAny(LicenceRequestValidation.Filing(request, raw, clock.GetUtcNow()));
        return (await fileRequest.ExecuteAsync(raw.Normalized(), context.CancellationToken)).ToWire();
    }

    public override async Task<LicenceRequest> GetRequest(GetLicenceRequestRequest request, ServerCallContext context)
    {
        RpcErrors.ThrowIfAny([EntityIds.Check("request_id", request.RequestId)]);
        return (await readRequest.ExecuteAsync(context.Caller(), request.RequestId, context.CancellationToken)).ToWire();
    }

    public override async Task<ListLicenceRequestsResponse> ListRequests(ListLicenceRequestsRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        if (!caller.IsAdmin && caller.Role != Roles.Society && caller.PartyId != request.PartyId)
        {
            CallerAccess.Deny($"{caller} may list only their own licence requests, not those of {EntityIds.Printable(request.PartyId)}");
        }

        RpcErrors.ThrowIfAny([EntityIds.Check("party_id", request.PartyId)]);
        var (size, afterId) = Paging.Read(request.PageSize, request.PageToken);
        var page = await listRequests.ExecuteAsync(request.PartyId, afterId, size, context.CancellationToken);
        var response = new ListLicenceRequestsResponse { NextPageToken = page.NextAfterId.Length == 0 ? "" : Paging.Token(page.NextAfterId) };
        response.Requests.AddRange(page.Requests.Select(v => v.ToWire()));
        return response;
    }
}
