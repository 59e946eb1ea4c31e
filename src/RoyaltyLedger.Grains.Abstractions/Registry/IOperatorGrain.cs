namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>An AI platform that reports usage, keyed by operator id.</summary>
[Alias("rl.IOperatorGrain")]
public interface IOperatorGrain : IGrainWithStringKey
{
    [Alias("Register")]
    Task<Registration<OperatorProfile>> Register(OperatorProfile profile);

    [Alias("Describe")]
    Task<OperatorProfile?> Describe();
}
