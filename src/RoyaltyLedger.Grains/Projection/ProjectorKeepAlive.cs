using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RoyaltyLedger.Grains.Abstractions.Projection;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Runs on every silo and pokes every partition's usage projector (docs/partitions.md) every <see cref="Interval"/>. Grain timers do not survive a
/// silo, so after the silo hosting the projector fails, the next poke from any silo activates it elsewhere.
/// </summary>
public sealed partial class ProjectorKeepAlive(IGrainFactory grains, RoyaltyLedger.Domain.Ledger.LedgerPartitioning partitioning, TimeProvider clock, ILogger<ProjectorKeepAlive> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.WhenAll(partitioning.All.Select(p => grains.GetGrain<IUsageProjectorGrain>(p).Poke()));
                failures = 0;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // While the silo starts or the cluster changes a poke can fail; the next one will do. Say so once per streak.
                if (++failures == 1)
                {
                    LogPokeFailed(logger, exception);
                }
            }

            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not poke the usage projector; trying again every interval")]
    private static partial void LogPokeFailed(ILogger logger, Exception exception);
}
