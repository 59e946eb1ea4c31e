using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Application.Licensing;

/// <summary>A creator's or rightsholder's decision on a request: approve, decline or counter.</summary>
public sealed class DecideLicenceRequest(IGrainFactory grains)
{
    public async Task<LicenceRequestView> ExecuteAsync(string requestId, PartyDecisionRecord decision, CancellationToken cancellationToken) =>
        LicenceRequestDecisions.Unwrap(await grains.GetGrain<ILicenceRequestGrain>(requestId).Decide(decision));
}
