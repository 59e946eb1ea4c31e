using RoyaltyLedger.Application.Access;
using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Application.Licensing;

/// <summary>The operator withdraws its own request.</summary>
public sealed class WithdrawLicenceRequest(IGrainFactory grains)
{
    public async Task<LicenceRequestView> ExecuteAsync(Caller caller, string requestId, CancellationToken cancellationToken)
    {
        var grain = await LicenceRequestDecisions.OperatorsRequestAsync(grains, caller, requestId, "withdraw");
        return LicenceRequestDecisions.Unwrap(await grain.Withdraw());
    }
}
