using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Grains.Abstractions.Projection;
using RoyaltyLedger.Grains.Cluster;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// A cluster chore (<see cref="ClusterChoresGrain"/>, once per cluster): pokes every partition's usage projector
/// (keys 0 to <see cref="LedgerPartitioning.Count"/> - 1) every <see cref="Interval"/>. Grain timers do not survive a
/// silo, so after the silo hosting a projector fails, the next poke activates it on a surviving silo.
/// </summary>
public sealed class ProjectorKeepAlive(IGrainFactory grains, LedgerPartitioning partitioning) : IClusterChore
{
    public static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(5);

    public string Name => "projector keep-alive";

    public TimeSpan Interval => KeepAliveInterval;

    /// <summary>Pokes all partitions at once; one that fails does not keep the others from being poked.</summary>
    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(partitioning.All.Select(partition => grains.GetGrain<IUsageProjectorGrain>(partition).Poke()));
}
