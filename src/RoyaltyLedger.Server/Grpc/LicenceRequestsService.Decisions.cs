using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Licensing;
using RoyaltyLedger.Server.Security;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>What happens to a filed request: parties decide, the operator accepts counters or withdraws.</summary>
internal sealed partial class LicenceRequestsService
{
    public override async Task<LicenceRequest> Decide(DecideLicenceRequestRequest request, ServerCallContext context)
    {
        var caller = context.RequireRole("decide licence requests", Roles.Creator, Roles.Rightsholder);
        caller.RequireParty(caller.Role, request.PartyId, $"decide for party {EntityIds.Printable(request.PartyId)}");
        var counter = request.ToCounter();
        RpcErrors.ThrowIfAny([
            EntityIds.Check("request_id", request.RequestId),
            EntityIds.Check("party_id", request.PartyId),
            request.Decision is RequestDecision.Approved or RequestDecision.Declined or RequestDecision.Countered
                ? null : new FieldViolation("decision", $"decision is {request.Decision}, expected approved, declined or countered"),
            .. LicenceRequestValidation.Counter(request, counter),
            request.Note.Length > LicenceRequestValidation.MaxTextLength
                ? new FieldViolation("note", $"note is {request.Note.Length:N0} characters long, at most {LicenceRequestValidation.MaxTextLength:N0} are allowed")
                : null]);

        // A creator or rightsholder key decides as that kind of party; an admin names an id alone.
        var kind = caller.Role switch
        {
            Roles.Creator => RequestPartyKind.Creator,
            Roles.Rightsholder => RequestPartyKind.Rightsholder,
            _ => RequestPartyKind.Unspecified,
        };
        var result = await grains.GetGrain<ILicenceRequestGrain>(request.RequestId)
            .Decide(new PartyDecisionRecord(request.PartyId, kind, (RequestDecisionKind)(int)request.Decision, request.Note, counter, null));
        return Unwrap(result);
    }

    public override async Task<LicenceRequest> AcceptCounter(AcceptCounterRequest request, ServerCallContext context)
    {
        RpcErrors.ThrowIfAny([EntityIds.Check("request_id", request.RequestId), EntityIds.Check("party_id", request.PartyId)]);
        var grain = await OperatorsRequestAsync(context, request.RequestId, "accept counters on");
        return Unwrap(await grain.AcceptCounter(request.PartyId));
    }

    public override async Task<LicenceRequest> Withdraw(WithdrawLicenceRequestRequest request, ServerCallContext context)
    {
        RpcErrors.ThrowIfAny([EntityIds.Check("request_id", request.RequestId)]);
        var grain = await OperatorsRequestAsync(context, request.RequestId, "withdraw");
        return Unwrap(await grain.Withdraw());
    }

    /// <summary>The request's grain, once the caller is known to be its operator (or an admin).</summary>
    private async Task<ILicenceRequestGrain> OperatorsRequestAsync(ServerCallContext context, string requestId, string action)
    {
        var caller = context.RequireRole($"{action} licence requests", Roles.Operator);
        var grain = grains.GetGrain<ILicenceRequestGrain>(requestId);
        var view = await grain.Describe();
        if (view is null)
        {
            RpcErrors.NotFound($"licence request {requestId} does not exist");
        }

        caller.RequireParty(Roles.Operator, view.Terms.OperatorId, $"{action} licence request {requestId} of operator {view.Terms.OperatorId}");
        return grain;
    }

    private static LicenceRequest Unwrap(DecisionResult result)
    {
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
}
