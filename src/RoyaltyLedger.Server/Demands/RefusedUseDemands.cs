using RoyaltyLedger.Application.Removals;
using RoyaltyLedger.Domain.Removals;

namespace RoyaltyLedger.Server.Demands;

/// <summary>
/// Opens removal demands for refused training and fine-tuning (issue 5): every <see cref="Interval"/>, passes of at
/// most <see cref="RemovalLimits.MaxDemandsPerPass"/> demands (<see cref="OpenRefusedUseDemands"/>) until one opens fewer. It runs on every silo; the
/// journal's lock and one demand per work, operator and model keep concurrent passes from opening a demand twice.
/// </summary>
internal sealed partial class RefusedUseDemands(OpenRefusedUseDemands openDemands, TimeProvider clock, ILogger<RefusedUseDemands> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    /// <summary>Passes one round runs at most, so that a backlog is worked off a bounded amount at a time.</summary>
    public const int MaxPassesPerRound = 10;

    /// <summary>One pass, at the clock's time: the demands it opened. Tests call it directly.</summary>
    public Task<IReadOnlyList<StoredRemoval>> RunPassAsync(CancellationToken cancellationToken) => openDemands.ExecuteAsync(cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunRoundAsync(stoppingToken);
                failures = 0;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // A busy or restarting database only delays the demands to the next round. Say so once per streak.
                if (++failures == 1)
                {
                    LogPassFailed(logger, exception);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not open removal demands for refused uses; trying again every interval")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
