using System.Diagnostics;
using Grpc.Core;

namespace RoyaltyLedger.LoadClient;

/// <summary>Tells "the server is not there or stopped answering" from other failures, and waits a bounded time for it to come up.</summary>
internal static class ServerGone
{
    /// <summary>Why the server counts as gone, or null when <paramref name="error"/> is some other failure.</summary>
    public static string? Describe(Exception error) => error switch
    {
        ServerFailedException failed => Describe(failed.InnerException!),
        RpcException { StatusCode: StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal } rpc => $"{rpc.StatusCode}: {rpc.Status.Detail}",
        RpcException { StatusCode: StatusCode.Cancelled or StatusCode.Unknown } rpc when rpc.InnerException is IOException or HttpRequestException =>
            $"the connection was lost: {rpc.InnerException.Message}",
        TimeoutException timeout => timeout.Message,
        IOException or HttpRequestException => $"the connection was lost: {error.Message}",
        AggregateException aggregate => aggregate.InnerExceptions.Select(Describe).FirstOrDefault(d => d is not null),
        _ => null,
    };

    /// <summary>The server that <paramref name="error"/> came from, when a stream named it; null for the seeding server.</summary>
    public static Uri? Which(Exception error) => error switch
    {
        ServerFailedException failed => failed.Server,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Which).FirstOrDefault(s => s is not null),
        _ => null,
    };

    /// <summary>Calls <paramref name="call"/> until it succeeds, retrying while the server is not reachable, for at most <paramref name="limit"/>.</summary>
    public static async Task RetryAsync(Uri server, TimeSpan limit, Func<CancellationToken, Task> call, CancellationToken cancellation)
    {
        var started = Stopwatch.GetTimestamp();
        var wait = TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await call(cancellation);
                return;
            }
            catch (Exception e) when (Describe(e) is { } reason && !cancellation.IsCancellationRequested)
            {
                var elapsed = Stopwatch.GetElapsedTime(started);
                if (elapsed + wait > limit)
                {
                    throw new TimeoutException($"the server at {server} was not reachable in {attempt} attempts over {elapsed.TotalSeconds:N1} s (--connect-timeout {limit.TotalSeconds:N0} s); last error: {reason}", e);
                }

                await Console.Error.WriteLineAsync($"the server at {server} is not reachable ({reason}); trying again in {wait.TotalSeconds:N2} s");
                await Task.Delay(wait, cancellation);
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }
}
