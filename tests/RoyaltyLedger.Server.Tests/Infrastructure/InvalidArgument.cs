using Google.Rpc;
using Grpc.Core;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>Asserts what a refused call says: INVALID_ARGUMENT with exactly one field violation.</summary>
internal static class InvalidArgument
{
    /// <summary>Runs the call, asserts it is INVALID_ARGUMENT with a single violation, and returns its field and description.</summary>
    public static async Task<(string Field, string Description)> SingleViolationAsync(Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        return (violation.Field, violation.Description);
    }
}
