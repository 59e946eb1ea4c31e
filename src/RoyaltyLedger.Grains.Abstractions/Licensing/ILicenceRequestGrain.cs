using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Grains.Abstractions.Licensing;

/// <summary>One licence request, keyed by request id.</summary>
[Alias("rl.ILicenceRequestGrain")]
public interface ILicenceRequestGrain : IGrainWithStringKey
{
    /// <summary>
    /// Files the request; the caller has checked that the operator, its models and every work exist, and resolved
    /// a catalogue to its works. The same terms again are a no-op; other terms under the same id, a conflict.
    /// </summary>
    [Alias("File")]
    Task<Registration<LicenceRequestView>> File(LicenceRequestTerms terms);

    /// <summary>
    /// Records a party's decision (its <see cref="PartyDecisionRecord.PartyKind"/> may be unspecified when an admin
    /// names an id alone), then licenses every work all of whose parties approved and closes every work one declined.
    /// </summary>
    [Alias("Decide")]
    Task<DecisionResult> Decide(PartyDecisionRecord decision);

    /// <summary>Turns the party's counter into its approval at the countered pricing, unless another counter prices one of its works differently.</summary>
    [Alias("AcceptCounter")]
    Task<DecisionResult> AcceptCounter(string partyId);

    /// <summary>Closes every pending work as withdrawn; no decision is taken afterwards.</summary>
    [Alias("Withdraw")]
    Task<DecisionResult> Withdraw();

    /// <summary>The request, after finishing any effect (consents, licences) an earlier call was interrupted in.</summary>
    [Alias("Describe")]
    Task<LicenceRequestView?> Describe();
}
