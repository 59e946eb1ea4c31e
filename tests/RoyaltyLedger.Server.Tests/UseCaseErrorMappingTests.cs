using Google.Rpc;
using Grpc.Core;
using RoyaltyLedger.Application.Errors;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Server.Grpc;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// A use case's refusal answers with the status the gRPC services gave before the use cases left them (issue 12): the
/// same code and message, and for invalid input the field violations as google.rpc.BadRequest details.
/// </summary>
public sealed class UseCaseErrorMappingTests
{
    [Theory]
    [InlineData(UseCaseErrorKind.NotFound, StatusCode.NotFound)]
    [InlineData(UseCaseErrorKind.AlreadyExists, StatusCode.AlreadyExists)]
    [InlineData(UseCaseErrorKind.FailedPrecondition, StatusCode.FailedPrecondition)]
    [InlineData(UseCaseErrorKind.PermissionDenied, StatusCode.PermissionDenied)]
    public void ToRpc_Refusal_KeepsCodeAndMessage(UseCaseErrorKind kind, StatusCode expected)
    {
        var mapped = UseCaseErrorInterceptor.ToRpc(new UseCaseException(kind, "licence L-1 does not exist"));

        Assert.Equal((expected, "licence L-1 does not exist"), (mapped.StatusCode, mapped.Status.Detail));
    }

    [Fact]
    public void ToRpc_InvalidInput_CarriesEachViolation()
    {
        var refusal = Assert.Throws<UseCaseException>(() => Refuse.IfAny([
            new FieldViolation("work_ids[0]", "work_ids[0] 'w-1' is not a registered work"),
            null,
            new FieldViolation("model_ids[0]", "model_ids[0] 'm-1' is not a model of operator op-1")]));

        var mapped = UseCaseErrorInterceptor.ToRpc(refusal);

        Assert.Equal(StatusCode.InvalidArgument, mapped.StatusCode);
        Assert.Equal("work_ids[0] 'w-1' is not a registered work; model_ids[0] 'm-1' is not a model of operator op-1", mapped.Status.Detail);
        var violations = mapped.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations;
        Assert.Equal(["work_ids[0]", "model_ids[0]"], violations.Select(v => v.Field));
    }

    [Fact]
    public void IfAny_NoViolation_DoesNotThrow()
    {
        Refuse.IfAny([null, null]);
        Refuse.IfAny([]);
    }
}
