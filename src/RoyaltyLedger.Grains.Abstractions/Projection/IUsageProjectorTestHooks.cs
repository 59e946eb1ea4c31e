namespace RoyaltyLedger.Grains.Abstractions.Projection;

/// <summary>
/// The usage projector's test hook, kept off <see cref="IUsageProjectorGrain"/>, which the ledger calls: the same
/// grain under the same key, with one more call that runs a round of a size the caller chooses, so that tests drive
/// rounds one by one. Nothing in the ledger calls it; there, rounds run on the projector's timer, after a
/// <see cref="IUsageProjectorGrain.Poke"/> and in <see cref="IUsageProjectorGrain.ProjectUntilIdle"/>.
/// </summary>
[Alias("rl.IUsageProjectorTestHooks")]
public interface IUsageProjectorTestHooks : IUsageProjectorGrain
{
    /// <summary>
    /// Runs one round over at most <paramref name="maxBatches"/> (1 to 200) of the oldest pending log rows, then one
    /// pass over suspense, and says what it did.
    /// </summary>
    [Alias("ProjectRound")]
    Task<ProjectionReport> ProjectRound(int maxBatches);
}
