namespace RoyaltyLedger.Grains.Abstractions.Cluster;

/// <summary>
/// The one place where work that must run once per cluster runs: keeping every partition's usage projector alive and
/// opening removal demands for refused uses (docs/cluster.md). One activation under <see cref="Key"/> runs each chore
/// on a grain timer; a durable reminder brings it back on another silo when the silo hosting it fails.
/// </summary>
[Alias("rl.IClusterChoresGrain")]
public interface IClusterChoresGrain : IGrainWithIntegerKey
{
    /// <summary>The key of the cluster's only activation.</summary>
    const long Key = 0;

    /// <summary>
    /// Makes sure the chores run: activates the grain (which starts their timers) and registers its reminder. Every
    /// silo calls it once at start; calling it again changes nothing.
    /// </summary>
    [Alias("Start")]
    Task Start();

    /// <summary>The silo the chores run on, as Orleans prints its address (for tests and diagnostics).</summary>
    [Alias("Host")]
    Task<string> Host();
}
