using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using System.Globalization;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Application.Statements;

/// <summary>
/// Waits, when a reader asks, for the projection to catch up with the usage log as it stood when the read began, by
/// polling the store with a backoff from <see cref="FirstPause"/> to <see cref="MostPause"/>; never by calling the
/// projector, which its own timer and keep-alive drive. Waits are bounded by Statements:MaxProjectionWait.
/// </summary>
public sealed partial class ProjectionWait(IStatementReadStore store, TimeProvider clock, IConfiguration configuration, ILogger<ProjectionWait> logger)
{
    /// <summary>The longest a read waits by default.</summary>
    public static readonly TimeSpan DefaultBound = TimeSpan.FromSeconds(10);

    /// <summary>The most the bound may be configured to, and the most a request may ask for.</summary>
    public static readonly TimeSpan MostBound = TimeSpan.FromSeconds(20);

    public static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(10);

    public static readonly TimeSpan MostPause = TimeSpan.FromMilliseconds(250);

    /// <summary>The bound this server waits at most (Statements:MaxProjectionWait).</summary>
    public TimeSpan Bound { get; } = BoundOf(configuration);

    /// <summary>
    /// How long a request asks to wait: none unless it sets wait_for_projection or max_projection_wait_ms; the server's
    /// bound, or less when max_projection_wait_ms asks for less. A violation when it asks for more than 20 s.
    /// </summary>
    public (TimeSpan Wait, FieldViolation? Violation) Requested(bool waitForProjection, uint maxWaitMs, string field)
    {
        if (maxWaitMs > MostBound.TotalMilliseconds)
        {
            return (TimeSpan.Zero, new FieldViolation(field, string.Create(CultureInfo.InvariantCulture,
                $"{field} is {maxWaitMs:N0}, expected 0 to {MostBound.TotalMilliseconds:N0} (a statement read waits at most {MostBound.TotalSeconds:N0} s)")));
        }

        return maxWaitMs > 0 ? (TimeSpan.FromMilliseconds(Math.Min(maxWaitMs, Bound.TotalMilliseconds)), null)
            : (waitForProjection ? Bound : TimeSpan.Zero, null);
    }

    /// <summary>
    /// Waits at most <paramref name="wait"/> (no more than the bound) for the projection to include every log row written
    /// before this call, with no re-rating or suspense match waiting; true when it did, false when the time ran out.
    /// </summary>
    public async Task<bool> UntilCaughtUpAsync(string creatorId, TimeSpan wait, CancellationToken cancellationToken)
    {
        wait = wait > Bound ? Bound : wait;
        var started = clock.GetTimestamp();
        var progress = await store.ReadProgressAsync(cancellationToken);
        var target = progress.LatestLogPosition;
        var pause = FirstPause;
        while (!progress.HasCaughtUpWith(target))
        {
            var left = wait - clock.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
            {
                LogNotCaughtUp(logger, creatorId, wait, target, progress.Lag.AsOfLogPosition, progress.Lag.PendingBatches);
                return false;
            }

            await Task.Delay(pause < left ? pause : left, clock, cancellationToken);
            pause = pause * 2 < MostPause ? pause * 2 : MostPause;
            progress = await store.ReadProgressAsync(cancellationToken);
        }

        return true;
    }

    private static TimeSpan BoundOf(IConfiguration configuration)
    {
        var bound = configuration.GetValue("Statements:MaxProjectionWait", DefaultBound);
        return bound > TimeSpan.Zero && bound <= MostBound
            ? bound
            : throw new InvalidOperationException($"Statements:MaxProjectionWait is {bound}, expected more than 0 and at most {MostBound}");
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Statement of {CreatorId}: projection did not catch up with log position {Target} within {Wait} (as of {AsOf}, {Pending} batches pending); reading what is projected")]
    private static partial void LogNotCaughtUp(ILogger logger, string creatorId, TimeSpan wait, long target, long asOf, long pending);
}
