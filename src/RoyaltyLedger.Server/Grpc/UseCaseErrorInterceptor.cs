using Grpc.Core;
using Grpc.Core.Interceptors;
using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Server.Security;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// Maps a use case's refusal (<see cref="UseCaseException"/>) to its gRPC status, for every service in one place:
/// invalid values are INVALID_ARGUMENT with field violations, a missing entity NOT_FOUND, other terms under a held id
/// ALREADY_EXISTS, a ledger not ready FAILED_PRECONDITION, a lost race ABORTED, a full server RESOURCE_EXHAUSTED with
/// a retry delay, another party's entity PERMISSION_DENIED. It runs innermost, next to the services.
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
        catch (UseCaseException e)
        {
            throw ToStatus(e);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (UseCaseException e)
        {
            throw ToStatus(e);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (UseCaseException e)
        {
            throw ToStatus(e);
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
        catch (UseCaseException e)
        {
            throw ToStatus(e);
        }
    }

    /// <summary>The status the use case's refusal maps to, built by the same helpers the services use for their own checks.</summary>
    public static RpcException ToStatus(UseCaseException error)
    {
        try
        {
            switch (error)
            {
                case InvalidRequestException invalid:
                    RpcErrors.BadRequest(invalid.Violations);
                    break;
                case NotFoundException:
                    RpcErrors.NotFound(error.Message);
                    break;
                case ConflictException:
                    RpcErrors.AlreadyExists(error.Message);
                    break;
                case PreconditionFailedException:
                    RpcErrors.FailedPrecondition(error.Message);
                    break;
                case BusyException busy:
                    RpcErrors.ResourceExhausted(busy.Message, busy.RetryAfter);
                    break;
                case AccessDeniedException:
                    CallerAccess.Deny(error.Message);
                    break;
                case ContendedException:
                    return new RpcException(new Status(StatusCode.Aborted, error.Message));
            }
        }
        catch (RpcException mapped)
        {
            return mapped;
        }

        throw new InvalidOperationException($"no gRPC status is defined for {error.GetType().Name}: {error.Message}", error);
    }
}
