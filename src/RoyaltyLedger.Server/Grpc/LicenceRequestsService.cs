using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains;
using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Licensing;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Application.Licensing;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Operators ask before use; creators and rightsholders decide; works are licensed when all their parties approve.</summary>
internal sealed partial class LicenceRequestsService(IGrainFactory grains, ILicenceRequestIndex index, ILicenceStore licences, TimeProvider clock)
    : LicenceRequests.LicenceRequestsBase
{
    public override async Task<LicenceRequest> FileRequest(FileLicenceRequestRequest request, ServerCallContext context)
    {
        context.RequireRole("file licence requests", Roles.Operator)
            .RequireParty(Roles.Operator, request.OperatorId, $"file licence requests for operator {EntityIds.Printable(request.OperatorId)}");
        RpcErrors.ThrowIfAny([WireTimestamps.Check("starts_at", request.StartsAt), WireTimestamps.Check("ends_at", request.EndsAt)]);
        var raw = request.ToTerms();
        RpcErrors.ThrowIfAny(LicenceRequestValidation.Filing(request, raw, clock.GetUtcNow()));
        var terms = raw.Normalized();
        await RequireRegistryAsync(terms);
        if (terms.CatalogueRightsholderId is { } catalogue)
        {
            terms = terms with { WorkIds = [.. await CatalogueAsync(catalogue, context.CancellationToken)] };
        }

        var result = await grains.GetGrain<ILicenceRequestGrain>(request.RequestId).File(terms);
        if (result.Outcome == RegistrationOutcome.Conflict)
        {
            RpcErrors.AlreadyExists($"licence request {request.RequestId} was already filed with different terms");
        }

        return result.Current.ToWire();
    }

    public override async Task<LicenceRequest> GetRequest(GetLicenceRequestRequest request, ServerCallContext context)
    {
        RpcErrors.ThrowIfAny([EntityIds.Check("request_id", request.RequestId)]);
        var view = await grains.GetGrain<ILicenceRequestGrain>(request.RequestId).Describe();
        if (view is null)
        {
            RpcErrors.NotFound($"licence request {request.RequestId} does not exist");
        }

        var caller = context.Caller();
        var concerned = caller.IsAdmin || caller.Role == Roles.Society
            || caller.Is(Roles.Operator, view.Terms.OperatorId)
            || (caller.Role == Roles.Creator && view.Asks(RequestPartyKind.Creator, caller.PartyId ?? ""))
            || (caller.Role == Roles.Rightsholder && view.Asks(RequestPartyKind.Rightsholder, caller.PartyId ?? ""));
        if (!concerned)
        {
            CallerAccess.Deny($"{caller} may not read licence request {view.Terms.RequestId}, which does not concern them");
        }

        return view.ToWire();
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
        var (ids, next) = Paging.Cut(await index.RequestsOfPageAsync(request.PartyId, afterId, size + 1, context.CancellationToken), size, id => id);
        var views = await BoundedCalls.AllAsync(ids, id => grains.GetGrain<ILicenceRequestGrain>(id).Describe());
        var response = new ListLicenceRequestsResponse { NextPageToken = next };
        response.Requests.AddRange(views.OfType<LicenceRequestView>().Select(v => v.ToWire()));
        return response;
    }

    /// <summary>The works registered with the rightsholder now; the request asks for those and no later ones.</summary>
    private async Task<IReadOnlyList<string>> CatalogueAsync(string rightsholderId, CancellationToken cancellationToken)
    {
        var works = await licences.WorksOfPartyAsync(rightsholderId, WorkRelations.Rightsholder, cancellationToken);
        if (works.Count is 0 or > LicenceRequestTerms.MaxWorks)
        {
            RpcErrors.BadRequest("catalogue_rightsholder_id", works.Count == 0
                ? $"the catalogue of rightsholder {rightsholderId} holds no works"
                : $"the catalogue of rightsholder {rightsholderId} holds {works.Count:N0} works, more than the {LicenceRequestTerms.MaxWorks:N0} one request may ask for; list the works in several requests instead");
        }

        return works;
    }

    private async Task RequireRegistryAsync(LicenceRequestTerms terms)
    {
        var op = await grains.GetGrain<IOperatorGrain>(terms.OperatorId).Describe();
        var catalogue = terms.CatalogueRightsholderId is { } rightsholderId
            ? await grains.GetGrain<IRightsholderGrain>(rightsholderId).Describe()
            : null;
        var works = await BoundedCalls.AllAsync(terms.WorkIds, id => grains.GetGrain<IWorkGrain>(id).Describe());
        var models = await BoundedCalls.AllAsync(terms.ModelIds, id => grains.GetGrain<IModelGrain>(id).Describe());
        RpcErrors.ThrowIfAny([
            op is null ? new FieldViolation("operator_id", $"operator_id '{terms.OperatorId}' is not a registered operator") : null,
            terms.CatalogueRightsholderId is not null && catalogue is null
                ? new FieldViolation("catalogue_rightsholder_id", $"catalogue_rightsholder_id '{terms.CatalogueRightsholderId}' is not a registered rightsholder")
                : null,
            .. works.Select((w, i) => w is null ? new FieldViolation($"work_ids[{i}]", $"work_ids[{i}] '{terms.WorkIds[i]}' is not a registered work") : null),
            .. models.Select((m, i) => m is null || m.OperatorId != terms.OperatorId
                ? new FieldViolation($"model_ids[{i}]", $"model_ids[{i}] '{terms.ModelIds[i]}' is not a model of operator {terms.OperatorId}")
                : null)]);
    }
}
