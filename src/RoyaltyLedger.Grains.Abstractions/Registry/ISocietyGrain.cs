namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>A collecting society, keyed by society id. Its members live in the ledger database, not in grain state.</summary>
[Alias("rl.ISocietyGrain")]
public interface ISocietyGrain : IGrainWithStringKey
{
    [Alias("Register")]
    Task<Registration<SocietyProfile>> Register(SocietyProfile profile);

    [Alias("Describe")]
    Task<SocietyProfile?> Describe();

    /// <summary>Replaces the society's payout schedule (the same schedule again changes nothing); null when the society is not registered.</summary>
    [Alias("SetPayoutSchedule")]
    Task<SocietyProfile?> SetPayoutSchedule(SocietyPayoutSchedule schedule);
}
