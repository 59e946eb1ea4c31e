using Google.Rpc;
using Grpc.Core;

namespace RoyaltyLedger.Client;

/// <summary>
/// When a <see cref="UsageStreamWriter"/> reconnects after a failure: exponential backoff with jitter, or the delay
/// the server asked for. Retried: UNAVAILABLE, INTERNAL and a lost connection (the server restarting, a proxy
/// dropping the stream, the server's storage being unavailable, in which case its <c>google.rpc.RetryInfo</c> delay is
/// honoured), and RESOURCE_EXHAUSTED when it carries a <c>google.rpc.RetryInfo</c> (the server's write queue or stream
/// limit is full). ALREADY_EXISTS on an ingest stream (a batch number held with other content) is the writer's
/// <see cref="UsageStreamConflictException"/>. Never retried: INVALID_ARGUMENT, PERMISSION_DENIED, UNAUTHENTICATED,
/// FAILED_PRECONDITION, NOT_FOUND, RESOURCE_EXHAUSTED without RetryInfo (a message over the size limit), and the
/// caller's own cancellation; sending the same batch again cannot change their answer.
/// </summary>
public sealed record UsageRetryPolicy
{
    /// <summary>Ten attempts, 200 ms doubling to at most 30 s, with 20% jitter.</summary>
    public static UsageRetryPolicy Default { get; } = new();

    /// <summary>Consecutive failed attempts before the writer gives up and throws the last error; an ack resets the count.</summary>
    public int MaxAttempts { get; init; } = 10;

    /// <summary>The wait before the first retry.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait between attempts, unless the server asks for longer.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Each wait is this many times the one before, at least 1.</summary>
    public double BackoffMultiplier { get; init; } = 2.0;

    /// <summary>
    /// The fraction, 0 to 1, by which a wait is spread at random so that clients cut off together do not return
    /// together: a backoff shortens by up to this fraction, a server's delay lengthens by up to it.
    /// </summary>
    public double JitterFraction { get; init; } = 0.2;

    /// <summary>
    /// How long to wait before retry number <paramref name="attempt"/> (1 for the first) after
    /// <paramref name="error"/>; null when the error is not worth retrying or the attempts are used up.
    /// </summary>
    /// <param name="attempt">1 for the first retry after a success.</param>
    /// <param name="error">What failed.</param>
    /// <param name="jitterSample">A random number from 0 to 1 that places the wait within its jitter.</param>
    public TimeSpan? DelayBefore(int attempt, Exception error, double jitterSample)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        if (attempt > MaxAttempts || !IsRetryable(error))
        {
            return null;
        }

        var spread = JitterFraction * Math.Clamp(jitterSample, 0, 1);
        var backoffTicks = Math.Min(MaxBackoff.Ticks, InitialBackoff.Ticks * Math.Pow(BackoffMultiplier, attempt - 1));
        if (ServerRetryDelay(error) is { } asked)
        {
            // Never sooner than the server asked (it knows when its queue will have room or its storage may be back),
            // and still backing off when it keeps asking the same.
            var floor = Math.Max(asked.Ticks, backoffTicks);
            return Ticks(floor + (floor * spread));
        }

        return Ticks(backoffTicks * (1 - spread));
    }

    private static TimeSpan Ticks(double ticks) => TimeSpan.FromTicks((long)Math.Round(ticks, MidpointRounding.AwayFromZero));

    /// <summary>Whether sending again may succeed where <paramref name="error"/> failed.</summary>
    public static bool IsRetryable(Exception error) => error switch
    {
        RpcException { StatusCode: StatusCode.Unavailable or StatusCode.Internal } => true,
        RpcException { StatusCode: StatusCode.ResourceExhausted } rpc => ServerRetryDelay(rpc) is not null,
        // A stream cut mid-message surfaces as CANCELLED or UNKNOWN wrapping the transport's error.
        RpcException { StatusCode: StatusCode.Cancelled or StatusCode.Unknown } rpc => rpc.InnerException is IOException or HttpRequestException,
        RpcException => false,
        IOException or HttpRequestException => true,
        _ => false,
    };

    /// <summary>The delay a RESOURCE_EXHAUSTED or UNAVAILABLE error's <c>google.rpc.RetryInfo</c> asks for, if it carries one.</summary>
    public static TimeSpan? ServerRetryDelay(Exception error) =>
        error is RpcException { StatusCode: StatusCode.ResourceExhausted or StatusCode.Unavailable } rpc && rpc.GetRpcStatus()?.GetDetail<RetryInfo>()?.RetryDelay is { } delay
            ? delay.ToTimeSpan()
            : null;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    internal void Validate()
    {
        if (MaxAttempts < 0 || InitialBackoff < TimeSpan.Zero || MaxBackoff < InitialBackoff || BackoffMultiplier < 1
            || JitterFraction is < 0 or > 1 || double.IsNaN(JitterFraction) || double.IsNaN(BackoffMultiplier))
        {
            throw new ArgumentException(
                $"UsageRetryPolicy is out of range: MaxAttempts {MaxAttempts} (0 or more), InitialBackoff {InitialBackoff} (0 or more), " +
                $"MaxBackoff {MaxBackoff} (at least InitialBackoff), BackoffMultiplier {BackoffMultiplier} (1 or more), JitterFraction {JitterFraction} (0 to 1)",
                nameof(UsageClientOptions.Retry));
        }
    }
}
