namespace RoyaltyLedger.Grains.Cluster;

/// <summary>
/// Periodic work that must run once per cluster, not once per silo. <see cref="ClusterChoresGrain"/> runs every
/// registered chore on a timer of its own, one pass at a time.
/// </summary>
public interface IClusterChore
{
    /// <summary>Names the chore in logs.</summary>
    string Name { get; }

    /// <summary>Time between the end of one pass and the start of the next.</summary>
    TimeSpan Interval { get; }

    /// <summary>One pass. An exception is logged (once per streak of failures) and the next pass runs as planned.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
