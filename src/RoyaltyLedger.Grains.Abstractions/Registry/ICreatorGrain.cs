using RoyaltyLedger.Grains.Abstractions.Statements;

namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>A creator, keyed by creator id.</summary>
[Alias("rl.ICreatorGrain")]
public interface ICreatorGrain : IGrainWithStringKey
{
    /// <summary>Registers the creator; the same profile again is a no-op, a different one a conflict.</summary>
    [Alias("Register")]
    Task<Registration<CreatorProfile>> Register(CreatorProfile profile);

    /// <summary>The profile, or null when the creator is not registered.</summary>
    [Alias("Describe")]
    Task<CreatorProfile?> Describe();

    /// <summary>Every use of the creator's works and what it earned, read from the durable ledger.</summary>
    [Alias("GetStatement")]
    Task<CreatorStatementView> GetStatement();

    /// <summary>
    /// The statement for the months of use from <paramref name="periodFrom"/> to <paramref name="periodTo"/>
    /// inclusive (yyyy-MM, already validated; an empty bound is open), one line per month.
    /// </summary>
    [Alias("GetStatementFor")]
    Task<CreatorStatementView> GetStatementFor(string periodFrom, string periodTo);
}
