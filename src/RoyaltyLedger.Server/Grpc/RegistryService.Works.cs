using System.Collections.Immutable;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Identifiers;
using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Domain.Registry;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Grains.Registry;
using WorkSnapshot = RoyaltyLedger.Grains.Abstractions.Registry.WorkSnapshot;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Works, their splits and identifiers, and per-work licences.</summary>
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

        await RequireCreatorsAsync(contributors);
        await RequireRightsholdersAsync(rightsholders);
        var result = await grains.GetGrain<IWorkGrain>(request.WorkId)
            .Register(new WorkDefinition(request.WorkId, request.Title, request.Medium, contributors) { Identifiers = identifiers, RightsholderIds = rightsholders });
        return Unwrap(result, "work", request.WorkId).ToWire(clock.GetUtcNow());
    }

    public override async Task<Work> GetWork(GetWorkRequest request, ServerCallContext context)
    {
        RpcErrors.ThrowIfAny([EntityIds.Check("work_id", request.WorkId)]);
        var snapshot = await grains.GetGrain<IWorkGrain>(request.WorkId).Describe();
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
        response.Works.AddRange(page.Select(s => s.ToWire(now)));
        return response;
    }

    public override async Task<Work> AmendSplits(AmendSplitsRequest request, ServerCallContext context)
    {
        var caller = context.RequireRole("amend splits", Roles.Society, Roles.Rightsholder, Roles.Creator);
        RpcErrors.ThrowIfAny([EntityIds.Check("work_id", request.WorkId), request.Note.Length == 0 ? null : Text.CheckRequired("note", request.Note)]);
        var work = await grains.GetGrain<IWorkGrain>(request.WorkId).Describe();
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
        // A retry of an amendment the history already holds (same instant, same contributors) changes nothing, so that an
        // import can be run again after its rejected rows are fixed; it queues the re-rating again, in case the first
        // call stopped between writing the split and queueing.
        if (request.EffectiveFrom is not null && SplitAmender.Held(work, amendment) is { } held)
        {
            await amender.QueueIfPastAsync(request.WorkId, held, context.CancellationToken);
            return work.ToWire(now);
        }

        var history = SplitHistory.Create(work.Definition.WorkId, [.. work.Splits.Select(s => s.ToDomain())]);
        RpcErrors.ThrowIfAny(history.ValidateAppend(amendment.ToDomain(), now, amendment.Correction));
        await RequireCreatorsAsync(amendment.Contributors);
        var result = await amender.AmendAsync(request.WorkId, amendment, context.CancellationToken);
        if (result is null)
        {
            RpcErrors.NotFound($"work {request.WorkId} is not registered");
        }

        return result.Current.ToWire(now);
    }

    private async Task RequireContributorAsync(Caller caller, string workId)
    {
        var work = await grains.GetGrain<IWorkGrain>(workId).Describe();
        if (work is not null && work.CurrentSplit.Contributors.All(c => c.CreatorId != caller.PartyId))
        {
            CallerAccess.Deny($"{caller} may license only their own works, and is not a contributor of {workId}");
        }
    }

    private async Task RequireRightsholdersAsync(IReadOnlyList<string> rightsholderIds)
    {
        var profiles = await Task.WhenAll(rightsholderIds.Select(id => grains.GetGrain<IRightsholderGrain>(id).Describe()));
        RpcErrors.ThrowIfAny(rightsholderIds.Select((id, i) => profiles[i] is null
            ? new FieldViolation($"rightsholder_ids[{i}]", $"rightsholder_ids[{i}] '{id}' is not a registered rightsholder")
            : null));
    }

    private async Task RequireCreatorsAsync(IEnumerable<ContributorShare> contributors)
    {
        var list = contributors.ToList();
        var profiles = await Task.WhenAll(list.Select(c => grains.GetGrain<ICreatorGrain>(c.CreatorId).Describe()));
        RpcErrors.ThrowIfAny(list.Select((c, i) => profiles[i] is null
            ? new FieldViolation($"contributors[{i}].creator_id", $"contributors[{i}].creator_id '{c.CreatorId}' is not a registered creator")
            : null));
    }
}
