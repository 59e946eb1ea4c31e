using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Application.Claims;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Server.Security;
using StoredSettlement = RoyaltyLedger.Application.Projection.ClaimSettlement;
using Settle = RoyaltyLedger.Application.Claims.SettleClaims;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Settles claims on the wire: checks the request's fields and who may settle, then maps the held settlement back.</summary>
internal sealed class ClaimsService(Settle settle, TimeProvider clock) : Claims.ClaimsBase
{
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
            request.WorkIds.Count is 0 or > Settle.MaxWorks
                ? new FieldViolation("work_ids", $"work_ids holds {request.WorkIds.Count:N0} works, expected 1 to {Settle.MaxWorks:N0}")
                : null,
            request.SettledThrough is null
                ? new FieldViolation("settled_through", "settled_through is required: uses up to it are settled")
                : WireTimestamps.Check("settled_through", request.SettledThrough) ?? (request.SettledThrough.ToDateTimeOffset() > now
                    ? new FieldViolation("settled_through", $"settled_through {request.SettledThrough.ToDateTimeOffset():O} is in the future (server clock {now:O})")
                    : null),
            Text.CheckRequired("note", request.Note),
            .. request.WorkIds.Select((w, i) => EntityIds.Check($"work_ids[{i}]", w))]);
        var held = await settle.SettleAsync(new ClaimSettlementRequest(request.SettlementId, request.OperatorId, [.. request.WorkIds],
            request.SettledThrough!.ToDateTimeOffset().ToUnixTimeMilliseconds(), request.Note, caller.ToString(), now.ToUnixTimeMilliseconds()), context.CancellationToken);
        return ToWire(held);
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
