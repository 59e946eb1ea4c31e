using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Statements;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Server.Reports;
using RoyaltyLedger.Application.StatementProofs;
using RoyaltyLedger.Application.Statements;
using RoyaltyLedger.Domain.StatementProofs;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Creator statements, read from the projection with their lag; a read waits only when asked to, and never drives the projector.</summary>
internal sealed class StatementsService(StatementReader reader, ProjectionWait projection, ReadStatementProofs proofs) : Statements.StatementsBase
{
    public override async Task<CreatorStatement> GetCreatorStatement(GetCreatorStatementRequest request, ServerCallContext context)
    {
        var (periods, violations) = PeriodRange.Parse("period_from", request.PeriodFrom, "period_to", request.PeriodTo);
        var (wait, badWait) = projection.Requested(request.WaitForProjection, request.MaxProjectionWaitMs, "max_projection_wait_ms");
        RpcErrors.ThrowIfAny([EntityIds.Check("creator_id", request.CreatorId), .. violations, badWait]);
        if (StatementAccess.Denial(context.Caller(), request.CreatorId) is { } denial)
        {
            CallerAccess.Deny(denial);
        }

        var statement = await reader.ReadAsync(request.CreatorId, periods!, wait, context.CancellationToken);
        if (statement is null)
        {
            RpcErrors.NotFound($"creator {request.CreatorId} is not registered");
        }

        return statement;
    }

    public override async Task<CreatorStatementProofs> GetCreatorStatementProofs(GetCreatorStatementRequest request, ServerCallContext context)
    {
        var (periods, violations) = PeriodRange.Parse("period_from", request.PeriodFrom, "period_to", request.PeriodTo);
        var (wait, badWait) = projection.Requested(request.WaitForProjection, request.MaxProjectionWaitMs, "max_projection_wait_ms");
        RpcErrors.ThrowIfAny([EntityIds.Check("creator_id", request.CreatorId), .. violations, badWait]);
        if (StatementAccess.Denial(context.Caller(), request.CreatorId) is { } denial)
        {
            CallerAccess.Deny(denial);
        }

        StatementProofFile? file;
        try
        {
            file = await proofs.ReadAsync(request.CreatorId, periods!, wait, context.CancellationToken);
        }
        catch (TooManyCitedEntriesException ex)
        {
            throw new RpcException(new Status(StatusCode.ResourceExhausted, ex.Message));
        }

        if (file is null)
        {
            RpcErrors.NotFound($"creator {request.CreatorId} is not registered");
        }

        return new CreatorStatementProofs { Json = StatementProofJson.Write(file) };
    }
}
