using RoyaltyLedger.Application.Log;
using RoyaltyLedger.Grains.Cluster;

namespace RoyaltyLedger.Server.Log;

/// <summary>
/// Signs a tree head of every partition whose log grew, every <see cref="TransparencyLogOptions.HeadInterval"/>, once
/// per cluster (a cluster chore, docs/cluster.md). Should two passes run at once, each signs what it saw; heads of one
/// size and time are stored once, and two heads of one size carry the same root unless history was rewritten, which
/// is exactly what a witness must see.
/// </summary>
internal sealed partial class TreeHeadSigning(SignTreeHeads sign, TransparencyLogOptions options, ILogger<TreeHeadSigning> logger) : IClusterChore
{
    public string Name => "tree-head signing";

    public TimeSpan Interval => options.HeadInterval;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var head in await sign.SignGrownAsync(cancellationToken))
        {
            LogSigned(logger, head.Partition, head.TreeSize, head.RootHex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed the tree head of partition {Partition} at {TreeSize} entries, root {Root}")]
    private static partial void LogSigned(ILogger logger, int partition, long treeSize, string root);
}
