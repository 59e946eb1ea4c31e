using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Application.Claims;
using RoyaltyLedger.Application.Projection;
using StoredSettlement = RoyaltyLedger.Application.Projection.ClaimSettlement;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Settles claims: records the settlement and queues the works' past uses for re-rating, in one transaction.</summary>
internal sealed class ClaimsService(IClaimStore claims, IGrainFactory grains, TimeProvider clock) : Claims.ClaimsBase
{
    public const int MaxWorks = 1_000;

    public override async Task<Contracts.V1.ClaimSettlement> SettleClaims(SettleClaimsRequest request, ServerCallContext context)
    {
        var caller = context.RequireRole("settle claims", Roles.Operator, Roles.Society);
        if (caller.Role == Roles.Operator)
        {
            caller.RequireParty(Roles.Operator, request.OperatorId, $"settle the claims on operator {EntityIds.Printable(request.OperatorId)}");
        }

        var now = clock.GetUtcNow();
        RpcErrors.ThrowIfAny([
            EntityIds.Check("settlement_id", request.SettlementId),
            EntityIds.Check("operator_id", request.OperatorId),
            request.WorkIds.Count is 0 or > MaxWorks ? new FieldViolation("work_ids", $"work_ids holds {request.WorkIds.Count:N0} works, expected 1 to {MaxWorks:N0}") : null,
            request.SettledThrough is null
                ? new FieldViolation("settled_through", "settled_through is required: uses up to it are settled")
                : WireTimestamps.Check("settled_through", request.SettledThrough) ?? (request.SettledThrough.ToDateTimeOffset() > now
                    ? new FieldViolation("settled_through", $"settled_through {request.SettledThrough.ToDateTimeOffset():O} is in the future (server clock {now:O})")
                    : null),
            Text.CheckRequired("note", request.Note),
            .. request.WorkIds.Select((w, i) => EntityIds.Check($"work_ids[{i}]", w))]);
        var missing = await MissingWorksAsync(request.WorkIds);
        RpcErrors.ThrowIfAny(missing.Select(i => new FieldViolation($"work_ids[{i}]", $"work_ids[{i}] '{request.WorkIds[i]}' is not a registered work")));

        var asked = new StoredSettlement(request.SettlementId, request.OperatorId, [.. request.WorkIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            request.SettledThrough!.ToDateTimeOffset().ToUnixTimeMilliseconds(), request.Note, caller.ToString(), now.ToUnixTimeMilliseconds());
        var held = await claims.SettleAsync(asked, context.CancellationToken);
        if (held.OperatorId != asked.OperatorId || held.SettledThroughUnixMs != asked.SettledThroughUnixMs || !held.WorkIds.SequenceEqual(asked.WorkIds) || held.Note != asked.Note)
        {
            RpcErrors.AlreadyExists($"settlement {request.SettlementId} is already held with other terms (operator {held.OperatorId}, {held.WorkIds.Count} works)");
        }

        return ToWire(held);
    }

    private async Task<List<int>> MissingWorksAsync(Google.Protobuf.Collections.RepeatedField<string> workIds)
    {
        var found = await Task.WhenAll(workIds.Select(w => grains.GetGrain<IWorkGrain>(w).Describe()));
        return [.. Enumerable.Range(0, workIds.Count).Where(i => found[i] is null)];
    }

    private static Contracts.V1.ClaimSettlement ToWire(StoredSettlement s)
    {
        var wire = new Contracts.V1.ClaimSettlement
        {
            SettlementId = s.SettlementId, OperatorId = s.OperatorId, Note = s.Note, SettledBy = s.SettledBy,
            SettledThrough = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(s.SettledThroughUnixMs)),
            SettledAt = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(s.SettledAtUnixMs)),
        };
        wire.WorkIds.AddRange(s.WorkIds);
        return wire;
    }
}
