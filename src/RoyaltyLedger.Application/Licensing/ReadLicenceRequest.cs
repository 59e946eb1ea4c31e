using RoyaltyLedger.Application.Access;
using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Application.Licensing;

/// <summary>One licence request, for admins, societies, its operator and the creators and rightsholders it asks.</summary>
public sealed class ReadLicenceRequest(IGrainFactory grains)
{
    public async Task<LicenceRequestView> ExecuteAsync(Caller caller, string requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var view = await grains.GetGrain<ILicenceRequestGrain>(requestId).Describe();
        if (view is null)
        {
            throw new NotFoundException($"licence request {requestId} does not exist");
        }

        var concerned = caller.IsAdmin || caller.Role == Roles.Society
            || caller.Is(Roles.Operator, view.Terms.OperatorId)
            || (caller.Role == Roles.Creator && view.Asks(RequestPartyKind.Creator, caller.PartyId ?? ""))
            || (caller.Role == Roles.Rightsholder && view.Asks(RequestPartyKind.Rightsholder, caller.PartyId ?? ""));
        if (!concerned)
        {
            throw new AccessDeniedException($"{caller} may not read licence request {view.Terms.RequestId}, which does not concern them");
        }

        return view;
    }
}
