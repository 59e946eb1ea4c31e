using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// Turns a grain call lost to a cluster change (a silo killed or leaving: <see cref="SiloUnavailableException"/>, a
/// message rejected for an unreachable silo, a response timed out) into UNAVAILABLE with a google.rpc.RetryInfo, not
/// UNKNOWN: the grain is placed again on a live silo at the next call, so the client's retry succeeds. The call's
/// outcome may be unknown (a grain may have done its work before its silo died); every write the ledger takes is
/// idempotent by its caller's id (batch numbers and event ids for usage), so a retry never counts anything twice.
/// </summary>
internal sealed partial class ClusterFaultInterceptor(ILogger<ClusterFaultInterceptor> logger) : Interceptor
{
    /// <summary>Long enough for the cluster to notice a dead silo when its successor supersedes it; short enough not to stall a stream.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception e) when (IsClusterFault(e))
        {
            throw Unavailable(context, e);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception e) when (IsClusterFault(e))
        {
            throw Unavailable(context, e);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception e) when (IsClusterFault(e))
        {
            throw Unavailable(context, e);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception e) when (IsClusterFault(e))
        {
            throw Unavailable(context, e);
        }
    }

    /// <summary>A failure of the cluster's messaging, not of the call's content.</summary>
    public static bool IsClusterFault(Exception e) =>
        e is SiloUnavailableException or OrleansMessageRejectionException or TimeoutException;

    private RpcException Unavailable(ServerCallContext context, Exception error)
    {
        LogClusterFault(logger, context.Method, error);
        return new Google.Rpc.Status
        {
            Code = (int)Code.Unavailable,
            Message = $"a silo of the cluster became unavailable during the call ({error.GetType().Name}); it may or may not have completed: "
                + $"retry in {RetryAfter.TotalSeconds:N0} s (a retry is never counted twice)",
            Details = { Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(RetryAfter) }) },
        }.ToRpcException();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} answered UNAVAILABLE: the cluster changed during the call")]
    private static partial void LogClusterFault(ILogger logger, string method, Exception error);
}
