using RoyaltyLedger.Application.Projection;
using System.Collections.Immutable;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Identifiers;
using RoyaltyLedger.Domain.Registry;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage;
using WorkSnapshot = RoyaltyLedger.Grains.Abstractions.Registry.WorkSnapshot;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Works, their splits and identifiers, and the usage no registered work matched.</summary>
internal sealed partial class RegistryService
{
    public override async Task<Work> RegisterWork(RegisterWorkRequest request, ServerCallContext context)
    {
        var caller = context.RequireRole("register works", Roles.Society, Roles.Rightsholder, Roles.Creator);
        var contributors = request.Contributors.ToRecords();
        var (identifiers, identifierViolations) = request.Identifiers.ToRecords(IdentifierList.WorkSchemes, $"work {request.WorkId}");
        if (caller.Role == Roles.Creator && contributors.All(c => c.CreatorId != caller.PartyId))
        {
            CallerAccess.Deny($"{caller} may register only works they contributed to, and is not among the contributors of {EntityIds.Printable(request.WorkId)}");
        }

        RpcErrors.ThrowIfAny([
            EntityIds.Check("work_id", request.WorkId),
            Text.CheckRequired("title", request.Title),
            WorkMedia.Check("medium", request.Medium),
            .. SplitRules.Validate(request.WorkId, [.. contributors.Select(c => c.ToDomain())]),
            .. identifierViolations,
            .. request.RightsholderIds.Select((id, i) => EntityIds.Check($"rightsholder_ids[{i}]", id))]);
        var rightsholders = request.RightsholderIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        if (caller.Role == Roles.Rightsholder && !rightsholders.Contains(caller.PartyId))
        {
            CallerAccess.Deny($"{caller} may register only works in its own catalogue; list it in rightsholder_ids");
        }

        var result = Accepted(await works.RegisterAsync(
            new WorkDefinition(request.WorkId, request.Title, request.Medium, contributors) { Identifiers = identifiers, RightsholderIds = rightsholders }));
        return Unwrap(result!, "work", request.WorkId).ToWire(clock.GetUtcNow());
    }

    public override async Task<Work> GetWork(GetWorkRequest request, ServerCallContext context)
    {
        RpcErrors.ThrowIfAny([EntityIds.Check("work_id", request.WorkId)]);
        var snapshot = await works.DescribeAsync(request.WorkId);
        if (snapshot is null)
        {
            RpcErrors.NotFound($"work {request.WorkId} is not registered");
        }

        return snapshot.ToWire(clock.GetUtcNow());
    }

    public override async Task<ListWorksResponse> ListWorks(ListWorksRequest request, ServerCallContext context)
    {
        var (page, next) = await ListAsync<WorkSnapshot>(RegistryKinds.Work, request.PageSize, request.PageToken, context);
        var response = new ListWorksResponse { NextPageToken = next };
        var now = clock.GetUtcNow();
        // The stored rows hold a work's definition and splits; its licences live on its grain (as GetWork reads them), so a
        // listed work shows the licences that cover it instead of none. A page is at most Paging.MaxPageSize works.
        var described = await Task.WhenAll(page.Select(async s => await works.DescribeAsync(s.Definition.WorkId) ?? s));
        response.Works.AddRange(described.Select(s => s.ToWire(now)));
        return response;
    }

    public override async Task<Work> AmendSplits(AmendSplitsRequest request, ServerCallContext context)
    {
        var caller = context.RequireRole("amend splits", Roles.Society, Roles.Rightsholder, Roles.Creator);
        RpcErrors.ThrowIfAny([EntityIds.Check("work_id", request.WorkId), request.Note.Length == 0 ? null : Text.CheckRequired("note", request.Note)]);
        var work = await works.DescribeAsync(request.WorkId);
        if (work is null)
        {
            RpcErrors.NotFound($"work {request.WorkId} is not registered");
        }

        if (caller.Role == Roles.Creator && work.CurrentSplit.Contributors.All(c => c.CreatorId != caller.PartyId))
        {
            CallerAccess.Deny($"{caller} may amend only the splits of works they contribute to, and is not among the contributors of {request.WorkId}");
        }

        if (caller.Role == Roles.Rightsholder && !work.Definition.RightsholderIds.Contains(caller.PartyId ?? ""))
        {
            CallerAccess.Deny($"{caller} may amend only the splits of works in its catalogue, and {request.WorkId} is not");
        }

        if (request.Correction)
        {
            if (caller.Role is not (Roles.Admin or Roles.Society))
            {
                CallerAccess.Deny($"{caller} may amend splits from now on; a correction that re-rates past uses is made by a society or an admin");
            }

            RpcErrors.ThrowIfAny([Text.CheckRequired("note", request.Note)]);
        }

        var now = clock.GetUtcNow();
        var amendment = new SplitVersionRecord(WireTimestamps.ReadOrThrow("effective_from", request.EffectiveFrom) ?? now, request.Contributors.ToRecords(), now,
            request.Note.Length == 0 ? $"amended by {caller}" : request.Note, request.Correction);
        var amended = Accepted(await works.AmendSplitsAsync(work, amendment, request.EffectiveFrom is not null, now, context.CancellationToken));
        if (amended is null)
        {
            RpcErrors.NotFound($"work {request.WorkId} is not registered");
        }

        return amended.ToWire(now);
    }

    public override async Task<ListUnidentifiedUsageResponse> ListUnidentifiedUsage(ListUnidentifiedUsageRequest request, ServerCallContext context)
    {
        context.RequireRole("list unidentified usage", Roles.Society);
        if (request.Limit > ISuspenseReport.MaxSuspenseGroups)
        {
            RpcErrors.BadRequest("limit", $"limit is {request.Limit:N0}, expected 1 to {ISuspenseReport.MaxSuspenseGroups:N0} (0 means 100)");
        }

        var groups = await societies.ListUnidentifiedAsync(request.Limit == 0 ? 100 : (int)request.Limit, context.CancellationToken);
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
        var work = await works.DescribeAsync(request.WorkId);
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

        var linked = await works.LinkIdentifiersAsync(request.WorkId, identifiers);
        return linked!.ToWire(clock.GetUtcNow());
    }
}
