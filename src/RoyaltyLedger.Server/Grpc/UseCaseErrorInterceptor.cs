using Grpc.Core;
using Grpc.Core.Interceptors;
using RoyaltyLedger.Application.Errors;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// Turns a use case's refusal (<see cref="UseCaseException"/>) into its gRPC status, for every service in one place,
/// with the same codes, messages and field violations that <see cref="RpcErrors"/> gives a refusal made at the edge.
/// </summary>
internal sealed class UseCaseErrorInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (UseCaseException refusal)
        {
            throw ToRpc(refusal);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (UseCaseException refusal)
        {
            throw ToRpc(refusal);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (UseCaseException refusal)
        {
            throw ToRpc(refusal);
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
        catch (UseCaseException refusal)
        {
            throw ToRpc(refusal);
        }
    }

    /// <summary>The status a refusal answers with.</summary>
    public static RpcException ToRpc(UseCaseException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Kind switch
        {
            UseCaseErrorKind.InvalidInput => BadRequest(refusal.Violations),
            UseCaseErrorKind.NotFound => new RpcException(new Status(StatusCode.NotFound, refusal.Message)),
            UseCaseErrorKind.AlreadyExists => new RpcException(new Status(StatusCode.AlreadyExists, refusal.Message)),
            UseCaseErrorKind.FailedPrecondition => new RpcException(new Status(StatusCode.FailedPrecondition, refusal.Message)),
            _ => new RpcException(new Status(StatusCode.PermissionDenied, refusal.Message)),
        };
    }

    /// <summary>INVALID_ARGUMENT with the violations as details, built by <see cref="RpcErrors"/> as every other is.</summary>
    private static RpcException BadRequest(IReadOnlyList<Domain.Validation.FieldViolation> violations)
    {
        try
        {
            RpcErrors.BadRequest(violations);
        }
        catch (RpcException mapped)
        {
            return mapped;
        }

        throw new System.Diagnostics.UnreachableException("RpcErrors.BadRequest returned instead of throwing");
    }
}
