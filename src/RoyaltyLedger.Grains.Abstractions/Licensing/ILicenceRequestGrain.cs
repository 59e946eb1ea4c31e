using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Grains.Abstractions.Licensing;

/// <summary>One licence request, keyed by request id.</summary>
[Alias("rl.ILicenceRequestGrain")]
public interface ILicenceRequestGrain : IGrainWithStringKey
{
    /// <summary>
    /// Files the request; the caller has checked that the operator, its models and every work exist.
    /// The same terms again are a no-op; other terms under the same id, a conflict.
    /// </summary>
    [Alias("File")]
    Task<Registration<LicenceRequestView>> File(LicenceRequestTerms terms);

    /// <summary>Records a creator's decision, then licenses every work all of whose creators approved.</summary>
    [Alias("Decide")]
    Task<DecisionResult> Decide(CreatorDecisionRecord decision);

    [Alias("Describe")]
    Task<LicenceRequestView?> Describe();
}
