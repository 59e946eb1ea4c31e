using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RoyaltyLedger.Grains.Abstractions.Cluster;

namespace RoyaltyLedger.Grains.Cluster;

/// <summary>
/// Runs on every silo, once at start: asks the cluster's <see cref="IClusterChoresGrain"/> to run (activating it
/// wherever Orleans places it, and registering its reminder), retrying until a call succeeds. It is not a timer:
/// the chores themselves run once per cluster, in that grain. A silo that starts after the chores' host failed
/// brings them back at once instead of after the reminder's period.
/// </summary>
public sealed partial class ClusterChoresStarter(IGrainFactory grains, TimeProvider clock, ILogger<ClusterChoresStarter> logger) : BackgroundService
{
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await grains.GetGrain<IClusterChoresGrain>(IClusterChoresGrain.Key).Start().WaitAsync(stoppingToken);
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // While the silo starts or the cluster changes the call can fail. Say so once.
                if (++failures == 1)
                {
                    LogStartFailed(logger, exception);
                }
            }

            try
            {
                await Task.Delay(RetryInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not start the cluster chores yet; trying again")]
    private static partial void LogStartFailed(ILogger logger, Exception exception);
}
