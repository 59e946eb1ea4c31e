using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Projection;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Security;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Creator statements, read from the durable ledger.</summary>
internal sealed class StatementsService(IGrainFactory grains) : Statements.StatementsBase
{
    /// <summary>The longest a statement read waits for the projection to catch up; below the 30 s grain call timeout.</summary>
    public static readonly TimeSpan MaxProjectionWait = TimeSpan.FromSeconds(10);

    public override async Task<CreatorStatement> GetCreatorStatement(GetCreatorStatementRequest request, ServerCallContext context)
    {
        RpcErrors.ThrowIfAny([EntityIds.Check("creator_id", request.CreatorId)]);
        var caller = context.RequireRole("read creator statements", Roles.Society, Roles.Creator);
        if (caller.Role == Roles.Creator)
        {
            caller.RequireParty(Roles.Creator, request.CreatorId, $"read the statement of creator {request.CreatorId}");
        }

        var projector = grains.GetGrain<IUsageProjectorGrain>(IUsageProjectorGrain.Key);
        if (request.WaitForProjection)
        {
            await projector.ProjectUntilIdle(MaxProjectionWait);
        }

        var pending = await projector.Lag();
        var statement = await grains.GetGrain<ICreatorGrain>(request.CreatorId).GetStatement();
        if (statement.DisplayName is null)
        {
            RpcErrors.NotFound($"creator {request.CreatorId} is not registered");
        }

        var wire = statement.ToWire();
        wire.PendingBatches = (ulong)pending;
        return wire;
    }
}
