using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Identifiers;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage.Projection;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Server.Grpc;

internal sealed partial class RegistryService
{
    public override async Task<ListUnidentifiedUsageResponse> ListUnidentifiedUsage(ListUnidentifiedUsageRequest request, ServerCallContext context)
    {
        context.RequireRole("list unidentified usage", Roles.Society);
        if (request.Limit > SqlSuspenseReport.MaxSuspenseGroups)
        {
            RpcErrors.BadRequest("limit", $"limit is {request.Limit:N0}, expected 1 to {SqlSuspenseReport.MaxSuspenseGroups:N0} (0 means 100)");
        }

        var groups = await suspense.ListSuspenseAsync(request.Limit == 0 ? 100 : (int)request.Limit, context.CancellationToken);
        var response = new ListUnidentifiedUsageResponse();
        response.Groups.AddRange(groups.Select(g => new UnidentifiedGroup
        {
            WorkId = g.WorkId,
            WorkRef = g.RefScheme.Length == 0 ? null : new Identifier { Scheme = g.RefScheme, Value = g.RefValue },
            UnitKind = g.UnitKind,
            EventCount = (ulong)g.Events,
            Units = g.Units,
            OperatorCount = (uint)g.Operators,
            FirstUsedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(g.FirstAtUnixMs)),
            LastUsedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(g.LastAtUnixMs)),
        }));
        return response;
    }

    public override async Task<Work> LinkWorkIdentifiers(LinkWorkIdentifiersRequest request, ServerCallContext context)
    {
        var caller = context.RequireRole("link identifiers to works", Roles.Society, Roles.Rightsholder, Roles.Creator);
        var (identifiers, violations) = request.Identifiers.ToRecords(IdentifierList.WorkSchemes, $"work {request.WorkId}");
        RpcErrors.ThrowIfAny([
            EntityIds.Check("work_id", request.WorkId),
            request.Identifiers.Count == 0 ? new FieldViolation("identifiers", "identifiers is empty; name at least one to link") : null,
            .. violations]);
        var work = await grains.GetGrain<IWorkGrain>(request.WorkId).Describe();
        if (work is null)
        {
            RpcErrors.NotFound($"work {request.WorkId} is not registered");
        }

        if (caller.Role == Roles.Creator && work.CurrentSplit.Contributors.All(c => c.CreatorId != caller.PartyId))
        {
            CallerAccess.Deny($"{caller} may link identifiers only to works they contribute to, and is not among the contributors of {request.WorkId}");
        }

        if (caller.Role == Roles.Rightsholder && !work.Definition.RightsholderIds.Contains(caller.PartyId ?? ""))
        {
            CallerAccess.Deny($"{caller} may link identifiers only to works in its catalogue, and {request.WorkId} is not");
        }

        var linked = await grains.GetGrain<IWorkGrain>(request.WorkId).LinkIdentifiers(identifiers);
        return linked!.ToWire(clock.GetUtcNow());
    }
}
