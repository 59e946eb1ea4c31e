using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Security;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// Withdrawing a removal request: creators and societies who may request the work's removal now, for an open request
/// (the rules: Application/Removals/WithdrawRemoval).
/// </summary>
internal sealed partial class RemovalsService
{
    public override async Task<RemovalRequest> WithdrawRemoval(WithdrawRemovalRequest request, ServerCallContext context)
    {
        var caller = context.RequireRole("withdraw removal requests", Roles.Creator, Roles.Society);
        RpcErrors.ThrowIfAny(RemovalValidation.Withdrawal(request));
        return (await withdrawRemoval.ExecuteAsync(caller, request.RequestId, request.Note, context.CancellationToken)).ToWire();
    }
}
