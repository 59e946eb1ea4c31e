using Microsoft.Extensions.Logging;
using RoyaltyLedger.Grains.Abstractions.Cluster;

namespace RoyaltyLedger.Grains.Cluster;

/// <summary>
/// Runs every <see cref="IClusterChore"/> once per cluster, each on an interleaving timer of its own (one pass of a
/// chore at a time; a slow pass of one never holds up another, or a <see cref="Start"/> call). Grain timers end with
/// their silo, so <see cref="Start"/> also registers a durable reminder: when the silo hosting this grain fails, the
/// reminder activates it on a surviving silo within <see cref="ReminderPeriod"/>, and the timers start again there.
/// Should membership changes briefly allow a second activation, a chore may run twice at once; every chore is safe
/// to run concurrently (the database keeps its effects single), this grain only keeps it from running on every silo.
/// </summary>
public sealed partial class ClusterChoresGrain(IEnumerable<IClusterChore> chores, ILogger<ClusterChoresGrain> logger)
    : Grain, IClusterChoresGrain, IRemindable
{
    /// <summary>The reminder's name in the reminder table.</summary>
    public const string ReminderName = "cluster-chores";

    /// <summary>Orleans' shortest reminder period: how long the chores stop at most after their silo fails.</summary>
    public static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);

    private readonly List<IGrainTimer> _timers = [];
    private readonly Dictionary<string, int> _failures = [];
    private readonly string _names = string.Join(", ", chores.Select(c => c.Name));
    private bool _reminderRegistered;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var chore in chores)
        {
            _timers.Add(this.RegisterGrainTimer(RunAsync, chore,
                new GrainTimerCreationOptions(TimeSpan.Zero, chore.Interval) { Interleave = true, KeepAlive = true }));
        }

        LogStarted(logger, RuntimeIdentity, _names);

        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        foreach (var timer in _timers)
        {
            timer.Dispose();
        }

        _timers.Clear();
        return Task.CompletedTask;
    }

    public async Task Start()
    {
        if (!_reminderRegistered)
        {
            await this.RegisterOrUpdateReminder(ReminderName, ReminderPeriod, ReminderPeriod);
            _reminderRegistered = true;
        }
    }

    public Task<string> Host() => Task.FromResult(RuntimeIdentity);

    /// <summary>The reminder's only job is to activate this grain, which starts the timers.</summary>
    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;

    private async Task RunAsync(IClusterChore chore, CancellationToken cancellationToken)
    {
        try
        {
            await chore.RunAsync(cancellationToken);
            _failures[chore.Name] = 0;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A busy database or a changing cluster only delays the chore to its next pass. Say so once per streak.
            var failures = _failures.GetValueOrDefault(chore.Name) + 1;
            _failures[chore.Name] = failures;
            if (failures == 1)
            {
                LogChoreFailed(logger, chore.Name, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cluster chores run on silo {Silo}: {Chores}")]
    private static partial void LogStarted(ILogger logger, string silo, string chores);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cluster chore {Chore} failed; trying again at its next interval")]
    private static partial void LogChoreFailed(ILogger logger, string chore, Exception exception);
}
