namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>A collecting society, keyed by society id. Its members live in the ledger database, not in grain state.</summary>
[Alias("rl.ISocietyGrain")]
public interface ISocietyGrain : IGrainWithStringKey
{
    [Alias("Register")]
    Task<Registration<SocietyProfile>> Register(SocietyProfile profile);

    [Alias("Describe")]
    Task<SocietyProfile?> Describe();
}
