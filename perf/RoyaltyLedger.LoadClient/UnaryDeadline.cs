using Grpc.Core;
using Grpc.Core.Interceptors;

namespace RoyaltyLedger.LoadClient;

/// <summary>Gives every unary call without a deadline one, so that a seeding call to a server that stopped answering ends.</summary>
internal sealed class UnaryDeadline(TimeSpan timeout) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        if (context.Options.Deadline is null)
        {
            context = new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, context.Options.WithDeadline(DateTime.UtcNow + timeout));
        }

        return continuation(request, context);
    }
}
