using System.Diagnostics;
using Microsoft.Extensions.Logging;
using RoyaltyLedger.Grains.Abstractions.Projection;
using RoyaltyLedger.Application.Quarantine;
using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// The usage projector of one partition (docs/partitions.md): key p, 0 to Ledger:Partitions - 1, projects partition p's
/// pending log rows and re-rates its works under its lock; partition 0 also matches suspense for every partition. It runs a round on activation, then on an interleaving timer: every
/// <see cref="IdleInterval"/> while idle, at once again after a round that hit its limit or after a poke, and with
/// a growing pause after failures. Suspense is matched every <see cref="MatchInterval"/> and on every explicit round.
/// One round runs at a time per activation; a second activation is kept from counting anything twice by the database.
/// </summary>
public sealed partial class UsageProjectorGrain(
    ProjectionStores stores,
    ProjectionContext context,
    IngestActivity ingest,
    ProjectionFaults faults,
    LedgerPartitioning partitioning,
    ILogger<UsageProjectorGrain> logger) : Grain, IUsageProjectorTestHooks, IDisposable
{
    public static readonly TimeSpan IdleInterval = TimeSpan.FromMilliseconds(200);

    public static readonly TimeSpan MatchInterval = TimeSpan.FromSeconds(2);

    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often the lag and quarantine gauges are measured, on a timer of their own that interleaves with a round, so
    /// that they show what waits even while a round is slow or failing.
    /// </summary>
    public static readonly TimeSpan MeasureInterval = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _oneRound = new(1, 1);
    private UsageProjection _rounds = null!;
    private SuspenseMatcher _suspense = null!;
    private WorkRerater _rerater = null!;
    private QuarantineRetrier _retrier = null!;
    private IGrainTimer? _timer;
    private IGrainTimer? _measureTimer;
    private long _lastMatchTimestamp;
    private int _failures;
    private long _key;
    private int _partition;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _key = this.GetPrimaryKeyLong();
        if (_key < 0)
        {
            throw new InvalidOperationException($"usage projector {_key} names no partition: keys are 0 or more, partition = key mod {partitioning.Count} (Ledger:Partitions)");
        }

        // Key p projects partition p. A key of P or more is a second projector of partition key mod P, which the ledger
        // never activates and the database keeps from counting anything twice (tests race one against the first).
        _partition = (int)(_key % partitioning.Count);
        var partition = new ProjectorPartition(_partition, partitioning);
        _rounds = new UsageProjection(stores, GrainFactory, context, faults, partition);
        _suspense = new SuspenseMatcher(stores.Projection, GrainFactory, context, partition);
        _rerater = new WorkRerater(stores, GrainFactory, context, faults, partition);
        _retrier = new QuarantineRetrier(_rounds, stores, context);
        // The first round runs before any call is answered: whoever activated the projector finds it caught up as far
        // as one round goes, and tests on a frozen clock see no round they did not ask for.
        var next = await TickAsync(cancellationToken);
        _timer = this.RegisterGrainTimer(OnTimerAsync, new GrainTimerCreationOptions(next, IdleInterval) { Interleave = true, KeepAlive = true });
        _measureTimer = this.RegisterGrainTimer(MeasureAsync, new GrainTimerCreationOptions(MeasureInterval, MeasureInterval) { Interleave = true });
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        _measureTimer?.Dispose();
        context.Metrics.ClearLag(_partition);
        return Task.CompletedTask;
    }

    public Task Poke()
    {
        _timer?.Change(TimeSpan.Zero, IdleInterval);
        return Task.CompletedTask;
    }

    public async Task<long> Lag()
    {
        var lag = await stores.Projection.CountPendingAsync(_partition, CancellationToken.None);
        context.Metrics.SetLag(_partition, lag);
        return lag;
    }

    public async Task<ProjectionReport> ProjectRound(int maxBatches)
    {
        if (maxBatches is < 1 or > UsageProjection.MaxBatchesPerRound)
        {
            throw new ArgumentOutOfRangeException(nameof(maxBatches), maxBatches,
                $"a projection round takes 1 to {UsageProjection.MaxBatchesPerRound} log rows, not {maxBatches}");
        }

        return (await RunAsync(maxBatches, maxRounds: 1, matchSuspense: true, CancellationToken.None)).Report;
    }

    public async Task<bool> ProjectUntilIdle(TimeSpan timeout)
    {
        // The timeout bounds how long the caller waits, so it is measured on the machine's clock rather than the
        // ledger's, which tests freeze. Each pass is one round, so that the time is checked between rounds; a round
        // running for another caller or the timer is waited for only as long as the timeout allows.
        var started = Stopwatch.GetTimestamp();
        try
        {
            while (true)
            {
                var left = timeout - Stopwatch.GetElapsedTime(started);
                if (left <= TimeSpan.Zero)
                {
                    return false;
                }

                if (await RunAsync(UsageProjection.MaxBatchesPerRound, 1, matchSuspense: true, left, CancellationToken.None) is not var (_, report))
                {
                    return false;
                }

                if (report is { Batches: 0, Matched: 0, Rerated: 0, Conflicted: false })
                {
                    return true;
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A round that fails (storage down) is the timer's to retry; the caller reads what is projected.
            LogWaitFailed(logger, exception, _key);
            return false;
        }
        finally
        {
            await MeasureAsync(CancellationToken.None);
        }
    }

    public async Task<QuarantineRetryReport> RetryQuarantined(QuarantineRetryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _oneRound.WaitAsync();
        try
        {
            var report = await _retrier.RetryAsync(request, CancellationToken.None);
            LogRetried(logger, _key, report.Retried, report.Posted, report.StillQuarantined);
            return report;
        }
        finally
        {
            _oneRound.Release();
            await MeasureAsync(CancellationToken.None);
        }
    }

    /// <summary>Measures the lag and the quarantine for the gauges; a failure leaves the last figures and is tried again on the next tick.</summary>
    private async Task MeasureAsync(CancellationToken cancellationToken)
    {
        try
        {
            context.Metrics.SetLag(_partition, await stores.Projection.CountPendingAsync(_partition, cancellationToken));
            context.Metrics.SetQuarantined((await stores.Quarantine.SummarizeQuarantineAsync(cancellationToken)).Count);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogMeasureFailed(logger, exception, _key);
        }
    }

    private async Task OnTimerAsync(CancellationToken cancellationToken)
    {
        var next = await TickAsync(cancellationToken);
        if (next != IdleInterval)
        {
            _timer?.Change(next, IdleInterval);
        }
    }

    /// <summary>One timer-driven round; returns when the next should run. A failure is logged and retried later, never thrown.</summary>
    private async Task<TimeSpan> TickAsync(CancellationToken cancellationToken)
    {
        try
        {
            var matchDue = context.Clock.GetElapsedTime(_lastMatchTimestamp) >= MatchInterval;
            // Rounds are chained only while ingest is quiet (see IngestActivity); an explicit drain always chains.
            var rounds = ingest.IsQuiet ? UsageProjection.MaxRoundsPerRun : 1;
            var (round, report) = await RunAsync(UsageProjection.MaxBatchesPerRound, rounds, matchDue, cancellationToken);
            _failures = 0;
            if (report.Conflicted)
            {
                LogConflict(logger, _key);
            }

            var moreToRerate = report.Rerated >= WorkRerater.MaxWorksPerPass;
            return round.Full || report.Conflicted || moreToRerate ? TimeSpan.Zero : IdleInterval;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _failures = Math.Min(_failures + 1, 16);
            var delay = TimeSpan.FromTicks(Math.Min(IdleInterval.Ticks << _failures, MaxRetryDelay.Ticks));
            LogRoundFailed(logger, exception, _key, _failures, delay);
            return delay;
        }
        finally
        {
            // Every tick measures, whether its round committed, found nothing or failed: the lag gauge never shows 0 while rows wait.
            await MeasureAsync(cancellationToken);
        }
    }

    private async Task<(RoundOutcome Round, ProjectionReport Report)> RunAsync(int maxBatches, int maxRounds, bool matchSuspense, CancellationToken cancellationToken) =>
        await RunAsync(maxBatches, maxRounds, matchSuspense, Timeout.InfiniteTimeSpan, cancellationToken)
            ?? throw new UnreachableException("an unbounded wait for the round lock returned without it");

    /// <summary>Runs rounds, then matching and re-rating; null when the round lock was not free within <paramref name="wait"/>.</summary>
    private async Task<(RoundOutcome Round, ProjectionReport Report)?> RunAsync(
        int maxBatches, int maxRounds, bool matchSuspense, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (!await _oneRound.WaitAsync(wait, cancellationToken))
        {
            return null;
        }

        try
        {
            var round = await _rounds.RunRoundsAsync(maxBatches, maxRounds, cancellationToken);
            var (matched, matchConflicted) = (0, false);
            var (rerated, adjusted, rerateConflicted) = (0, 0, false);
            // Matching runs on partition 0 only, for every partition: it takes the matched works' partitions' locks in
            // ascending order, so no two matchers contend and no round waits on more than its own lock.
            if (matchSuspense && _partition == 0)
            {
                // Matching and re-rating follow a committed round; a use they cannot handle must not stop rounds, so their
                // failures other than transient ones are logged and tried again on a later pass.
                try
                {
                    (matched, matchConflicted) = await _suspense.MatchAsync(cancellationToken);
                }
                catch (Exception exception) when (context.Failures.IsUses(exception))
                {
                    LogPassFailed(logger, exception, _key, "suspense matching");
                }

                _lastMatchTimestamp = context.Clock.GetTimestamp();
            }

            // Re-rating follows the round and matching, which queue the works whose uses they moved.
            try
            {
                (rerated, adjusted, rerateConflicted) = await _rerater.RunAsync(cancellationToken);
            }
            catch (Exception exception) when (context.Failures.IsUses(exception))
            {
                LogPassFailed(logger, exception, _key, "re-rating");
            }

            var conflicted = round.Conflicted || matchConflicted || rerateConflicted;
            return (round, new ProjectionReport(round.Batches, round.Events, matched, conflicted) { Rerated = rerated, Adjusted = adjusted });
        }
        finally
        {
            _oneRound.Release();
        }
    }

    public void Dispose() => _oneRound.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Usage projector {Key}: another projector committed some of the same log rows or suspense first; this round committed nothing of them and is retried")]
    private static partial void LogConflict(ILogger logger, long key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Usage projector {Key}: a caller's wait for projection ended with a failed round; it reads what is projected")]
    private static partial void LogWaitFailed(ILogger logger, Exception exception, long key);

    [LoggerMessage(Level = LogLevel.Error, Message = "Usage projector {Key}: {Pass} failed; the round committed, the pass is tried again later")]
    private static partial void LogPassFailed(ILogger logger, Exception exception, long key, string pass);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Usage projector {Key}: could not measure lag and quarantine; the gauges keep their last figures")]
    private static partial void LogMeasureFailed(ILogger logger, Exception exception, long key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Usage projector {Key}: retried {Retried} quarantined uses, posted {Posted}, {Still} still quarantined")]
    private static partial void LogRetried(ILogger logger, long key, int retried, int posted, int still);

    [LoggerMessage(Level = LogLevel.Error, Message = "Usage projector {Key}: round failed ({Failures} in a row); retrying in {Delay}")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception, long key, int failures, TimeSpan delay);
}
