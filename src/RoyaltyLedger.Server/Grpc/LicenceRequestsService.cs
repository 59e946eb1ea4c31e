using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Licensing;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage;
using DomainUse = RoyaltyLedger.Domain.UseKind;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Operators ask before use; creators decide; works are licensed when all their creators approve.</summary>
internal sealed class LicenceRequestsService(IGrainFactory grains, ILicenceRequestIndex index) : LicenceRequests.LicenceRequestsBase
{
    /// <summary>Leaves room in licence ids, which are the request id plus ".n".</summary>
    public const int MaxRequestIdLength = 48;

    public override async Task<LicenceRequest> FileRequest(FileLicenceRequestRequest request, ServerCallContext context)
    {
        context.RequireRole("file licence requests", Roles.Operator)
            .RequireParty(Roles.Operator, request.OperatorId, $"file licence requests for operator {EntityIds.Printable(request.OperatorId)}");
        var terms = new LicenceRequestTerms(request.RequestId, request.OperatorId, [.. request.WorkIds.Distinct()], [.. request.ModelIds.Distinct()],
            [.. request.Uses.Select(u => (DomainUse)(int)u).Distinct().Order()], request.ProposedTariff.ToRecord(), request.Purpose);
        RpcErrors.ThrowIfAny([
            EntityIds.Check("request_id", request.RequestId),
            request.RequestId.Length > MaxRequestIdLength ? new FieldViolation("request_id", $"request_id is {request.RequestId.Length} characters long, at most {MaxRequestIdLength} are allowed") : null,
            request.WorkIds.Count is 0 or > LicenceRequestTerms.MaxWorks ? new FieldViolation("work_ids", $"work_ids lists {request.WorkIds.Count:N0} works, expected 1 to {LicenceRequestTerms.MaxWorks:N0}") : null,
            .. request.WorkIds.Select((w, i) => EntityIds.Check($"work_ids[{i}]", w)),
            .. request.ModelIds.Select((m, i) => EntityIds.Check($"model_ids[{i}]", m)),
            request.Uses.Count == 0 ? new FieldViolation("uses", "uses is empty: name at least one use to ask for") : null,
            .. request.Uses.Select((u, i) => UseKinds.Check($"uses[{i}]", u)),
            request.ProposedTariff is null ? new FieldViolation("proposed_tariff", "proposed_tariff is required") : null,
            .. request.ProposedTariff is null ? [] : terms.Tariff.ToDomain().Validate("proposed_tariff"),
            Text.CheckRequired("purpose", request.Purpose, 2_000)]);
        await RequireRegistryAsync(terms);

        var result = await grains.GetGrain<ILicenceRequestGrain>(request.RequestId).File(terms);
        if (result.Outcome == RegistrationOutcome.Conflict)
        {
            RpcErrors.AlreadyExists($"licence request {request.RequestId} was already filed with different terms");
        }

        return result.Current.ToWire();
    }

    public override async Task<LicenceRequest> Decide(DecideLicenceRequestRequest request, ServerCallContext context)
    {
        context.RequireRole("decide licence requests", Roles.Creator)
            .RequireParty(Roles.Creator, request.CreatorId, $"decide for creator {EntityIds.Printable(request.CreatorId)}");
        var counter = request.Decision == RequestDecision.Countered ? request.CounterTariff.ToRecord() : null;
        RpcErrors.ThrowIfAny([
            EntityIds.Check("request_id", request.RequestId),
            request.Decision is RequestDecision.Approved or RequestDecision.Declined or RequestDecision.Countered
                ? null : new FieldViolation("decision", $"decision is {request.Decision}, expected approved, declined or countered"),
            .. counter is null ? [] : counter.ToDomain().Validate("counter_tariff"),
            request.Note.Length > 2_000 ? new FieldViolation("note", $"note is {request.Note.Length} characters long, at most 2,000 are allowed") : null]);

        var result = await grains.GetGrain<ILicenceRequestGrain>(request.RequestId)
            .Decide(new CreatorDecisionRecord(request.CreatorId, (RequestDecisionKind)(int)request.Decision, request.Note, counter, null));
        if (result.Request is null)
        {
            RpcErrors.NotFound(result.Refusal!);
        }

        if (result.Refusal is not null)
        {
            RpcErrors.FailedPrecondition(result.Refusal);
        }

        return result.Request.ToWire();
    }

    public override async Task<LicenceRequest> GetRequest(GetLicenceRequestRequest request, ServerCallContext context)
    {
        var view = await grains.GetGrain<ILicenceRequestGrain>(request.RequestId).Describe();
        if (view is null)
        {
            RpcErrors.NotFound($"licence request {EntityIds.Printable(request.RequestId)} does not exist");
        }

        var caller = context.Caller();
        var concerned = caller.IsAdmin || caller.Role == Roles.Society
            || caller.Is(Roles.Operator, view.Terms.OperatorId)
            || (caller.Role == Roles.Creator && view.Decisions.Any(d => d.CreatorId == caller.PartyId));
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

        var ids = await index.RequestsOfAsync(request.PartyId, context.CancellationToken);
        var views = await Task.WhenAll(ids.Select(id => grains.GetGrain<ILicenceRequestGrain>(id).Describe()));
        var response = new ListLicenceRequestsResponse();
        response.Requests.AddRange(views.OfType<LicenceRequestView>().Select(v => v.ToWire()));
        return response;
    }

    private async Task RequireRegistryAsync(LicenceRequestTerms terms)
    {
        var works = await Task.WhenAll(terms.WorkIds.Select(id => grains.GetGrain<IWorkGrain>(id).Describe()));
        var models = await Task.WhenAll(terms.ModelIds.Select(id => grains.GetGrain<IModelGrain>(id).Describe()));
        RpcErrors.ThrowIfAny([
            .. works.Select((w, i) => w is null ? new FieldViolation($"work_ids[{i}]", $"work_ids[{i}] '{EntityIds.Printable(terms.WorkIds[i])}' is not a registered work") : null),
            .. models.Select((m, i) => m is null || m.OperatorId != terms.OperatorId
                ? new FieldViolation($"model_ids[{i}]", $"model_ids[{i}] '{EntityIds.Printable(terms.ModelIds[i])}' is not a model of operator {terms.OperatorId}")
                : null)]);
    }
}
