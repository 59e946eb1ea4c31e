using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using RoyaltyLedger.Server.Diagnostics;
using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// Turns a storage outage into UNAVAILABLE with a google.rpc.RetryInfo, for every service in one place: a client that
/// retries after the delay finds the ledger as it left it, since nothing of a failed call was committed (the usage log
/// acks a batch only after its commit; a resend of a batch that did commit gets the stored ack). Any other failure
/// passes through as it was. It runs outermost, so that an outage met while checking the API key maps the same way.
/// </summary>
internal sealed partial class StorageFaultInterceptor(LedgerMetrics metrics, ILogger<StorageFaultInterceptor> logger) : Interceptor
{
    /// <summary>The delay a client is asked to wait before retrying.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception e) when (e is not RpcException && StorageFaults.DescribeOutage(e) is { } outage)
        {
            throw Unavailable(context, outage, e);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception e) when (e is not RpcException && StorageFaults.DescribeOutage(e) is { } outage)
        {
            throw Unavailable(context, outage, e);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception e) when (e is not RpcException && StorageFaults.DescribeOutage(e) is { } outage)
        {
            throw Unavailable(context, outage, e);
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
        catch (Exception e) when (e is not RpcException && StorageFaults.DescribeOutage(e) is { } outage)
        {
            throw Unavailable(context, outage, e);
        }
    }

    private RpcException Unavailable(ServerCallContext context, string outage, Exception error)
    {
        LogOutage(logger, context.Method, outage, error);
        metrics.StorageUnavailable();
        return new Google.Rpc.Status
        {
            Code = (int)Code.Unavailable,
            Message = $"the ledger's storage is unavailable ({outage}); the call did not complete: retry in {RetryAfter.TotalSeconds:N0} s",
            Details = { Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(RetryAfter) }) },
        }.ToRpcException();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} answered UNAVAILABLE: storage outage ({Outage})")]
    private static partial void LogOutage(ILogger logger, string method, string outage, Exception error);
}
