namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>A rightsholder, keyed by rightsholder id.</summary>
[Alias("rl.IRightsholderGrain")]
public interface IRightsholderGrain : IGrainWithStringKey
{
    [Alias("Register")]
    Task<Registration<RightsholderProfile>> Register(RightsholderProfile profile);

    [Alias("Describe")]
    Task<RightsholderProfile?> Describe();
}
