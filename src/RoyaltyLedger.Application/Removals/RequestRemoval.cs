using RoyaltyLedger.Application.Access;
using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Removals;

/// <summary>
/// A creator or society asks an operator to remove a registered work (README "Removal with evidence"): only a
/// contributor in the work's current split, their society or an admin may; the operator, and the model when named,
/// must be registered. The request is a journal entry; the same id with the same content returns it.
/// </summary>
public sealed class RequestRemoval(IRemovalStore removals, IGrainFactory grains, TimeProvider clock)
{
    public async Task<StoredRemoval> ExecuteAsync(Caller caller, RemovalToRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        var work = await grains.GetGrain<IWorkGrain>(request.WorkId).Describe();
        if (work is null)
        {
            throw new InvalidRequestException("work_id", $"work_id '{request.WorkId}' is not a registered work");
        }

        await RemovalAccess.RequireRequesterAsync(caller, work, removals, $"request the removal of work {EntityIds.Printable(work.Definition.WorkId)}",
            cancellationToken);
        await RequireTargetAsync(request.OperatorId, request.ModelId);
        var record = new RemovalRequestRecord(request.RequestId, request.WorkId, request.OperatorId, request.ModelId, caller.PartyId ?? "",
            caller.Role, request.Reason, RemovalOrigins.Request, RemovalStates.Open, clock.GetUtcNow().ToUnixTimeMilliseconds(), 0);
        return RemovalWrites.Result(await removals.RequestRemovalAsync(record, cancellationToken), request.RequestId);
    }

    /// <summary>The operator must be registered, and the model, when one is named, registered to it.</summary>
    private async Task RequireTargetAsync(string operatorId, string modelId)
    {
        if (await grains.GetGrain<IOperatorGrain>(operatorId).Describe() is null)
        {
            throw new InvalidRequestException("operator_id", $"operator_id '{operatorId}' is not a registered operator");
        }

        if (modelId.Length > 0)
        {
            var owner = (await grains.GetGrain<IModelGrain>(modelId).Describe())?.OperatorId;
            if (owner != operatorId)
            {
                throw new InvalidRequestException("model_id", owner is null
                    ? $"model_id '{modelId}' is not a registered model"
                    : $"model_id '{modelId}' belongs to operator {owner}, not {operatorId}");
            }
        }
    }
}
