using RoyaltyLedger.Application.Access;
using RoyaltyLedger.Application.Outcomes;

namespace RoyaltyLedger.Application.Removals;

/// <summary>One removal request, for a caller whose scope (<see cref="RemovalAccess.ScopeOf"/>) holds it.</summary>
public sealed class GetRemoval(IRemovalStore removals)
{
    public async Task<StoredRemoval> ExecuteAsync(Caller caller, RemovalScope scope, string requestId, CancellationToken cancellationToken)
    {
        var removal = await removals.GetRemovalAsync(requestId, cancellationToken);
        if (removal is null)
        {
            throw new NotFoundException($"removal request {requestId} does not exist");
        }

        if (!await removals.InScopeAsync(scope, requestId, cancellationToken))
        {
            throw new AccessDeniedException($"{caller} may not read removal request {requestId}, which concerns work {removal.Request.WorkId} and operator {removal.Request.OperatorId}");
        }

        return removal;
    }
}
