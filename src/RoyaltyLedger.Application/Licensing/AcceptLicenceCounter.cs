using RoyaltyLedger.Application.Access;
using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Application.Licensing;

/// <summary>The operator accepts a party's counter on its own request.</summary>
public sealed class AcceptLicenceCounter(IGrainFactory grains)
{
    public async Task<LicenceRequestView> ExecuteAsync(Caller caller, string requestId, string partyId, CancellationToken cancellationToken)
    {
        var grain = await LicenceRequestDecisions.OperatorsRequestAsync(grains, caller, requestId, "accept counters on");
        return LicenceRequestDecisions.Unwrap(await grain.AcceptCounter(partyId));
    }
}
