using Grpc.Core;
using Grpc.Core.Interceptors;

namespace RoyaltyLedger.Client;

/// <summary>
/// Retries a unary call that the server answered UNAVAILABLE with a <c>google.rpc.RetryInfo</c> (its storage is
/// unavailable and the call did not complete), waiting as <see cref="UsageRetryPolicy"/> says: at least the delay the
/// server asked for, then with exponential backoff, at most <see cref="UsageRetryPolicy.MaxAttempts"/> retries. An
/// UNAVAILABLE without RetryInfo (no server listening, a proxy refusing) fails at once, so that a command pointed at
/// the wrong address says so instead of waiting. The ledger's calls are idempotent by the caller's ids, so a retry
/// of a call whose answer was lost returns the first result.
/// </summary>
public sealed class UnavailableRetryInterceptor : Interceptor
{
    private readonly UsageRetryPolicy _policy;
    private readonly TimeProvider _time;

    /// <summary>Retries as <paramref name="policy"/> says, waiting on <paramref name="time"/> (the system clock by default).</summary>
    /// <param name="policy">How many retries and how long between them.</param>
    /// <param name="time">The clock the waits run on.</param>
    public UnavailableRetryInterceptor(UsageRetryPolicy policy, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validate();
        _policy = policy;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Whether <paramref name="error"/> is the server's "storage unavailable, retry later".</summary>
    public static bool IsServerRetryAdvice(Exception error) =>
        error is RpcException { StatusCode: StatusCode.Unavailable } && UsageRetryPolicy.ServerRetryDelay(error) is not null;

    /// <inheritdoc/>
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        var current = continuation(request, context);
        var response = RetryAsync();
        return new AsyncUnaryCall<TResponse>(response, HeadersAsync(), () => current.GetStatus(), () => current.GetTrailers(), () => current.Dispose());

        async Task<TResponse> RetryAsync()
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await current.ResponseAsync.ConfigureAwait(false);
                }
                catch (RpcException ex) when (IsServerRetryAdvice(ex) && !context.Options.CancellationToken.IsCancellationRequested
                    && _policy.DelayBefore(attempt, ex, Random.Shared.NextDouble()) is { } delay)
                {
                    current.Dispose();
                    await Task.Delay(delay, _time, context.Options.CancellationToken).ConfigureAwait(false);
                    current = continuation(request, context);
                }
            }
        }

        async Task<Metadata> HeadersAsync()
        {
            try
            {
                await response.ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The response's error is the caller's to observe; the headers are those of the last attempt.
            catch (Exception)
#pragma warning restore CA1031
            {
            }

            return await current.ResponseHeadersAsync.ConfigureAwait(false);
        }
    }
}
