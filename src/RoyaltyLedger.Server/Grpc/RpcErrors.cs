using System.Diagnostics.CodeAnalysis;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// Throws gRPC errors that name the field and value, carried as google.rpc.Status with
/// BadRequest field violations so that clients can show each one.
/// </summary>
internal static class RpcErrors
{
    [DoesNotReturn]
    public static void BadRequest(IReadOnlyList<FieldViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var details = new BadRequest();
        foreach (var v in violations)
        {
            details.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description });
        }

        throw new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = string.Join("; ", violations.Select(v => v.Description)),
            Details = { Any.Pack(details) },
        }.ToRpcException();
    }

    [DoesNotReturn]
    public static void BadRequest(string field, string description) => BadRequest([new FieldViolation(field, description)]);

    /// <summary>Throws INVALID_ARGUMENT when any violation is present.</summary>
    public static void ThrowIfAny(IEnumerable<FieldViolation?> violations)
    {
        var found = violations.OfType<FieldViolation>().ToList();
        if (found.Count > 0)
        {
            BadRequest(found);
        }
    }

    [DoesNotReturn]
    public static void NotFound(string message) => throw new RpcException(new global::Grpc.Core.Status(StatusCode.NotFound, message));

    [DoesNotReturn]
    public static void AlreadyExists(string message) => throw new RpcException(new global::Grpc.Core.Status(StatusCode.AlreadyExists, message));

    /// <summary>RESOURCE_EXHAUSTED with a google.rpc.RetryInfo saying when to try again.</summary>
    [DoesNotReturn]
    public static void ResourceExhausted(string message, TimeSpan retryAfter) =>
        throw new Google.Rpc.Status
        {
            Code = (int)Code.ResourceExhausted,
            Message = message,
            Details = { Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(retryAfter) }) },
        }.ToRpcException();

    [DoesNotReturn]
    public static void FailedPrecondition(string message) =>
        throw new RpcException(new global::Grpc.Core.Status(StatusCode.FailedPrecondition, message));
}
