using RoyaltyLedger.Application.Removals;
using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Grains.Cluster;

namespace RoyaltyLedger.Server.Demands;

/// <summary>
/// Opens removal demands for refused training and fine-tuning (issue 5): a cluster chore (once per cluster, see
/// docs/cluster.md) that every <see cref="Interval"/> runs passes of at most <see cref="RemovalLimits.MaxDemandsPerPass"/>
/// demands (<see cref="OpenRefusedUseDemands"/>) until one opens fewer. Should two passes ever run at once (a second
/// activation while the cluster changes), the journal's lock and one demand per work, operator and model keep them
/// from opening a demand twice.
/// </summary>
internal sealed partial class RefusedUseDemands(OpenRefusedUseDemands openDemands, ILogger<RefusedUseDemands> logger) : IClusterChore
{
    public static readonly TimeSpan DemandInterval = TimeSpan.FromSeconds(30);

    /// <summary>Passes one round runs at most, so that a backlog is worked off a bounded amount at a time.</summary>
    public const int MaxPassesPerRound = 10;

    public string Name => "refused-use demands";

    public TimeSpan Interval => DemandInterval;

    /// <summary>One pass, at the clock's time: the demands it opened. Tests call it directly.</summary>
    public Task<IReadOnlyList<StoredRemoval>> RunPassAsync(CancellationToken cancellationToken) => openDemands.ExecuteAsync(cancellationToken);

    /// <summary>One round: passes until one opens fewer than a full pass, at most <see cref="MaxPassesPerRound"/>.</summary>
    public Task RunAsync(CancellationToken cancellationToken) => RunRoundAsync(cancellationToken);

    private async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        for (var pass = 0; pass < MaxPassesPerRound; pass++)
        {
            var opened = await RunPassAsync(cancellationToken);
            if (opened.Count > 0)
            {
                LogOpened(logger, opened.Count);
            }

            if (opened.Count < RemovalLimits.MaxDemandsPerPass)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Opened {Count} removal demands for training or fine-tuning that a creator refused")]
    private static partial void LogOpened(ILogger logger, int count);
}
