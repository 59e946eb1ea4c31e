namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>A work, keyed by work id: its contributors, splits and licences.</summary>
[Alias("rl.IWorkGrain")]
public interface IWorkGrain : IGrainWithStringKey
{
    /// <summary>Registers the work. The caller has validated the splits and checked that each creator exists.</summary>
    [Alias("Register")]
    Task<Registration<WorkSnapshot>> Register(WorkDefinition definition);

    /// <summary>The work and its licences, or null when it is not registered.</summary>
    [Alias("Describe")]
    Task<WorkSnapshot?> Describe();

    /// <summary>
    /// Adds a licence. Returns null when the work is not registered. The same licence id with the
    /// same terms is a no-op; with other terms, a conflict.
    /// </summary>
    [Alias("GrantLicence")]
    Task<Registration<LicenceGrant>?> GrantLicence(LicenceGrant licence);
}
