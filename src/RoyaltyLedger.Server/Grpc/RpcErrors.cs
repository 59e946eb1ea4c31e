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
    /// <summary>
    /// At most this many violations are reported: the status travels in HTTP/2 trailers, and a client refuses
    /// headers past 64 KiB (a request naming 1,000 unknown works would exceed that and read as "unavailable").
    /// </summary>
    public const int MaxViolationsReported = 50;

    [DoesNotReturn]
    public static void BadRequest(IReadOnlyList<FieldViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var reported = violations.Take(MaxViolationsReported).ToList();
        var details = new BadRequest();
        foreach (var v in reported)
        {
            details.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description });
        }

        var more = violations.Count - reported.Count;
        throw new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = string.Join("; ", reported.Select(v => v.Description)) + (more > 0 ? $"; and {more:N0} more violations not listed" : ""),
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
