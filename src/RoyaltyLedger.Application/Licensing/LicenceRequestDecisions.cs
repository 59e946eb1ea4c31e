using RoyaltyLedger.Application.Access;
using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Application.Licensing;

/// <summary>What decisions on a licence request share: the operator's own request, and the request or the refusal a decision returns.</summary>
internal static class LicenceRequestDecisions
{
    /// <summary>The request's grain, once the caller is known to be its operator (or an admin).</summary>
    public static async Task<ILicenceRequestGrain> OperatorsRequestAsync(IGrainFactory grains, Caller caller, string requestId, string action)
    {
        var grain = grains.GetGrain<ILicenceRequestGrain>(requestId);
        var view = await grain.Describe();
        if (view is null)
        {
            throw new NotFoundException($"licence request {requestId} does not exist");
        }

        if (!caller.IsAdmin && !caller.Is(Roles.Operator, view.Terms.OperatorId))
        {
            throw new AccessDeniedException($"{caller} may not {action} licence request {requestId} of operator {view.Terms.OperatorId}");
        }

        return grain;
    }

    /// <summary>The request after the decision; NOT_FOUND or FAILED_PRECONDITION with the grain's refusal.</summary>
    public static LicenceRequestView Unwrap(DecisionResult result)
    {
        if (result.Request is null)
        {
            throw new NotFoundException(result.Refusal!);
        }

        if (result.Refusal is not null)
        {
            throw new PreconditionFailedException(result.Refusal);
        }

        return result.Request;
    }
}
