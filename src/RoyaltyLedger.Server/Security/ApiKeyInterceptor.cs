using Grpc.Core;
using Grpc.Core.Interceptors;

namespace RoyaltyLedger.Server.Security;

/// <summary>
/// Authenticates every RoyaltyLedger call before its handler runs and hands the caller to the
/// handler through <see cref="ServerCallContext.UserState"/>. Health and reflection stay open.
/// </summary>
internal sealed class ApiKeyInterceptor(ApiKeyAuthenticator authenticator) : Interceptor
{
    private const string LedgerServices = "/royaltyledger.";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        await AuthenticateAsync(context);
        return await continuation(request, context);
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await AuthenticateAsync(context);
        return await continuation(requestStream, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await AuthenticateAsync(context);
        await continuation(request, responseStream, context);
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await AuthenticateAsync(context);
        await continuation(requestStream, responseStream, context);
    }

    private async Task AuthenticateAsync(ServerCallContext context)
    {
        if (context.Method.StartsWith(LedgerServices, StringComparison.Ordinal))
        {
            context.UserState[typeof(Caller)] = await authenticator.AuthenticateAsync(context.RequestHeaders, context.CancellationToken);
        }
    }
}
