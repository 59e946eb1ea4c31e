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
        var decided = await decide.ExecuteAsync(request.RequestId,
            new PartyDecisionRecord(request.PartyId, kind, (RequestDecisionKind)(int)request.Decision, request.Note, counter, null), context.CancellationToken);
        return decided.ToWire();
    }

    public override async Task<LicenceRequest> AcceptCounter(AcceptCounterRequest request, ServerCallContext context)
    {
        RpcErrors.ThrowIfAny([EntityIds.Check("request_id", request.RequestId), EntityIds.Check("party_id", request.PartyId)]);
        var caller = context.RequireRole("accept counters on licence requests", Roles.Operator);
        return (await acceptCounter.ExecuteAsync(caller, request.RequestId, request.PartyId, context.CancellationToken)).ToWire();
    }

    public override async Task<LicenceRequest> Withdraw(WithdrawLicenceRequestRequest request, ServerCallContext context)
    {
        RpcErrors.ThrowIfAny([EntityIds.Check("request_id", request.RequestId)]);
        var caller = context.RequireRole("withdraw licence requests", Roles.Operator);
        return (await withdraw.ExecuteAsync(caller, request.RequestId, context.CancellationToken)).ToWire();
    }
}
