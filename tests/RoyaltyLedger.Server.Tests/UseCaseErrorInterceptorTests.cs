using Google.Rpc;
using Grpc.Core;
using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Server.Grpc;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// A use case's refusal reaches the client as the status the gRPC services raised themselves before the application
/// layer: the code, the message word for word, and the details (field violations, retry delay).
/// </summary>
public sealed class UseCaseErrorInterceptorTests
{
    public static TheoryData<UseCaseException, StatusCode> MessageOnlyRefusals => new()
    {
        { new NotFoundException("model m-1 is not registered"), StatusCode.NotFound },
        { new ConflictException("settlement s-1 is already held with other terms (operator op-1, 2 works)"), StatusCode.AlreadyExists },
        { new PreconditionFailedException("ledger rebuild refused: the journal is broken at entry 7"), StatusCode.FailedPrecondition },
        { new ContendedException("another retry or projector took some of these quarantined uses first"), StatusCode.Aborted },
        { new AccessDeniedException("model m-1 belongs to operator op-2, not op-1"), StatusCode.PermissionDenied },
    };

    [Theory]
    [MemberData(nameof(MessageOnlyRefusals))]
    public void ToStatus_MessageOnlyRefusal_ItsCodeAndTheSameMessage(UseCaseException refusal, StatusCode expected)
    {
        var status = UseCaseErrorInterceptor.ToStatus(refusal);

        Assert.Equal(expected, status.StatusCode);
        Assert.Equal(refusal.Message, status.Status.Detail);
    }

    [Fact]
    public void ToStatus_InvalidRequest_InvalidArgumentWithEachFieldViolation()
    {
        var refusal = new InvalidRequestException([new FieldViolation("work_ids[0]", "work_ids[0] 'w-9' is not a registered work"),
            new FieldViolation("work_ids[2]", "work_ids[2] 'w-7' is not a registered work")]);

        var status = UseCaseErrorInterceptor.ToStatus(refusal);

        Assert.Equal(StatusCode.InvalidArgument, status.StatusCode);
        Assert.Equal("work_ids[0] 'w-9' is not a registered work; work_ids[2] 'w-7' is not a registered work", status.Status.Detail);
        var violations = status.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations;
        Assert.Equal(["work_ids[0]", "work_ids[2]"], violations.Select(v => v.Field));
        Assert.Equal("work_ids[2] 'w-7' is not a registered work", violations[1].Description);
    }

    [Fact]
    public void ToStatus_Busy_ResourceExhaustedWithRetryDelay()
    {
        var status = UseCaseErrorInterceptor.ToStatus(new BusyException("the server has 2 ingest streams open, the most it serves; retry shortly", TimeSpan.FromSeconds(3)));

        Assert.Equal(StatusCode.ResourceExhausted, status.StatusCode);
        Assert.Equal("the server has 2 ingest streams open, the most it serves; retry shortly", status.Status.Detail);
        Assert.Equal(TimeSpan.FromSeconds(3), status.GetRpcStatus()!.GetDetail<RetryInfo>().RetryDelay.ToTimeSpan());
    }

    [Fact]
    public void ToStatus_RefusalWithoutStatus_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => UseCaseErrorInterceptor.ToStatus(new UnmappedRefusal("no status for this")));

        Assert.Contains("UnmappedRefusal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnaryServerHandler_UseCaseRefuses_ThrowsMappedStatus()
    {
        var interceptor = new UseCaseErrorInterceptor();

        var error = await Assert.ThrowsAsync<RpcException>(() => interceptor.UnaryServerHandler<string, string>(
            "request", null!, (_, _) => throw new NotFoundException("payout cycle c-1 has not been committed")));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal("payout cycle c-1 has not been committed", error.Status.Detail);
    }

    [Fact]
    public async Task UnaryServerHandler_OtherException_PassesThroughUnchanged()
    {
        var interceptor = new UseCaseErrorInterceptor();
        var thrown = new InvalidDataException("entry 3 does not read back");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => interceptor.UnaryServerHandler<string, string>("request", null!, (_, _) => throw thrown));

        Assert.Same(thrown, error);
    }

    private sealed class UnmappedRefusal(string message) : UseCaseException(message);
}
