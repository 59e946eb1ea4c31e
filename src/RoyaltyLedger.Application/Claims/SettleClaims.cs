using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Claims;

/// <summary>
/// Settles claims on registered works: records the settlement and queues the works' past uses for re-rating, in one
/// transaction. A repeat with the same terms returns the held settlement; other terms under the same id conflict.
/// </summary>
public sealed class SettleClaims(IClaimStore claims, IGrainFactory grains)
{
    public const int MaxWorks = 1_000;

    public async Task<ClaimSettlement> SettleAsync(ClaimSettlementRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = await Task.WhenAll(request.WorkIds.Select(w => grains.GetGrain<IWorkGrain>(w).Describe()));
        InvalidRequestException.ThrowIfAny(Enumerable.Range(0, request.WorkIds.Count).Where(i => found[i] is null)
            .Select(i => new FieldViolation($"work_ids[{i}]", $"work_ids[{i}] '{request.WorkIds[i]}' is not a registered work")));

        var asked = new ClaimSettlement(request.SettlementId, request.OperatorId, [.. request.WorkIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            request.SettledThroughUnixMs, request.Note, request.SettledBy, request.SettledAtUnixMs);
        var held = await claims.SettleAsync(asked, cancellationToken);
        if (held.OperatorId != asked.OperatorId || held.SettledThroughUnixMs != asked.SettledThroughUnixMs || !held.WorkIds.SequenceEqual(asked.WorkIds) || held.Note != asked.Note)
        {
            throw new ConflictException($"settlement {request.SettlementId} is already held with other terms (operator {held.OperatorId}, {held.WorkIds.Count} works)");
        }

        return held;
    }
}
