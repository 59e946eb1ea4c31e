using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Statements;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Server.Reports;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Creator statements, read from the durable ledger.</summary>
internal sealed class StatementsService(StatementReader reader) : Statements.StatementsBase
{
    public override async Task<CreatorStatement> GetCreatorStatement(GetCreatorStatementRequest request, ServerCallContext context)
    {
        var (periods, violations) = PeriodRange.Parse("period_from", request.PeriodFrom, "period_to", request.PeriodTo);
        RpcErrors.ThrowIfAny([EntityIds.Check("creator_id", request.CreatorId), .. violations]);
        if (StatementAccess.Denial(context.Caller(), request.CreatorId) is { } denial)
        {
            CallerAccess.Deny(denial);
        }

        var statement = await reader.ReadAsync(request.CreatorId, periods!, request.WaitForProjection);
        if (statement is null)
        {
            RpcErrors.NotFound($"creator {request.CreatorId} is not registered");
        }

        return statement;
    }
}
