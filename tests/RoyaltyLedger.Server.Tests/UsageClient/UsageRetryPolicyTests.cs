using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using GrpcStatus = Grpc.Core.Status;
using RoyaltyLedger.Client;

namespace RoyaltyLedger.Server.Tests.UsageClient;

/// <summary>The retry policy as a pure function: which errors are retried, and after how long.</summary>
public sealed class UsageRetryPolicyTests
{
    private static readonly UsageRetryPolicy Policy = UsageRetryPolicy.Default;

    internal static RpcException ResourceExhausted(TimeSpan? retryAfter)
    {
        var status = new Google.Rpc.Status { Code = (int)Code.ResourceExhausted, Message = "the write queue is full" };
        if (retryAfter is { } delay)
        {
            status.Details.Add(Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(delay) }));
        }

        return status.ToRpcException();
    }

    [Theory]
    [InlineData(0.0, 3_000)]
    [InlineData(0.5, 3_300)]
    [InlineData(1.0, 3_600)]
    public void DelayBefore_ResourceExhaustedWithRetryInfo_NeverSoonerThanTheServerAsked(double jitter, int expectedMs)
    {
        var delay = Policy.DelayBefore(1, ResourceExhausted(TimeSpan.FromSeconds(3)), jitter);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), delay);
    }

    [Fact]
    public void DelayBefore_ResourceExhaustedWithoutRetryInfo_IsNotRetried()
    {
        // gRPC's own "message larger than the limit" carries no RetryInfo: sending it again cannot succeed.
        Assert.Null(Policy.DelayBefore(1, ResourceExhausted(retryAfter: null), 0));
    }

    [Theory]
    [InlineData(1, 0.0, 200)]
    [InlineData(2, 0.0, 400)]
    [InlineData(3, 1.0, 640)]
    [InlineData(10, 0.0, 30_000)]
    public void DelayBefore_Unavailable_BacksOffExponentiallyWithJitterUpToTheCap(int attempt, double jitter, int expectedMs)
    {
        var delay = Policy.DelayBefore(attempt, new RpcException(new GrpcStatus(StatusCode.Unavailable, "connection refused")), jitter);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), delay);
    }

    [Theory]
    [InlineData(StatusCode.InvalidArgument)]
    [InlineData(StatusCode.PermissionDenied)]
    [InlineData(StatusCode.Unauthenticated)]
    [InlineData(StatusCode.FailedPrecondition)]
    [InlineData(StatusCode.NotFound)]
    [InlineData(StatusCode.Cancelled)]
    public void DelayBefore_ErrorsThatResendingCannotFix_AreNotRetried(StatusCode code)
    {
        Assert.Null(Policy.DelayBefore(1, new RpcException(new GrpcStatus(code, "no")), 0));
    }

    [Fact]
    public void DelayBefore_ConnectionLossAndInternal_AreRetried()
    {
        Assert.NotNull(Policy.DelayBefore(1, new IOException("connection reset"), 0));
        Assert.NotNull(Policy.DelayBefore(1, new RpcException(new GrpcStatus(StatusCode.Internal, "stream reset")), 0));
        Assert.NotNull(Policy.DelayBefore(1, new RpcException(new GrpcStatus(StatusCode.Cancelled, "reset", new IOException("reset"))), 0));
    }

    [Fact]
    public void DelayBefore_PastMaxAttempts_GivesUp()
    {
        var policy = Policy with { MaxAttempts = 3 };
        var unavailable = new RpcException(new GrpcStatus(StatusCode.Unavailable, "down"));

        Assert.NotNull(policy.DelayBefore(3, unavailable, 0));
        Assert.Null(policy.DelayBefore(4, unavailable, 0));
    }
}
