using Grpc.Core;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>
/// What a load balancer in front of several silos does for a client, in the test: every new call goes to the next
/// server in turn, starting from <paramref name="first"/>. A usage writer opens a new call after each failure, so its
/// reconnect lands on another silo.
/// </summary>
public sealed class FailoverCallInvoker(IReadOnlyList<CallInvoker> servers, int first) : CallInvoker
{
    private readonly int _first = first;
    private int _next = first;

    /// <summary>How many calls were made; each after the first is a reconnect.</summary>
    public int Calls => Volatile.Read(ref _next) - _first;

    private CallInvoker Next() => servers[(int)((uint)(Interlocked.Increment(ref _next) - 1) % (uint)servers.Count)];

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        Next().BlockingUnaryCall(method, host, options, request);

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        Next().AsyncUnaryCall(method, host, options, request);

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        Next().AsyncServerStreamingCall(method, host, options, request);

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        Next().AsyncClientStreamingCall(method, host, options);

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        Next().AsyncDuplexStreamingCall(method, host, options);
}
