using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Identifiers;
using RoyaltyLedger.Domain.Registry;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage;

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
            .. identifierViolations]);
        await RequireCreatorsAsync(contributors);
        var result = await grains.GetGrain<IWorkGrain>(request.WorkId)
            .Register(new WorkDefinition(request.WorkId, request.Title, request.Medium, contributors) { Identifiers = identifiers });
        return Unwrap(result, "work", request.WorkId).ToWire();
    }

    public override async Task<Work> GetWork(GetWorkRequest request, ServerCallContext context)
    {
        RpcErrors.ThrowIfAny([EntityIds.Check("work_id", request.WorkId)]);
        var snapshot = await grains.GetGrain<IWorkGrain>(request.WorkId).Describe();
        if (snapshot is null)
        {
            RpcErrors.NotFound($"work {request.WorkId} is not registered");
        }

        return snapshot.ToWire();
    }

    public override async Task<ListWorksResponse> ListWorks(ListWorksRequest request, ServerCallContext context)
    {
        var response = new ListWorksResponse();
        response.Works.AddRange((await ListAsync<WorkSnapshot>(RegistryKinds.Work, context)).Select(s => s.ToWire()));
        return response;
    }

    public override async Task<Licence> GrantLicence(GrantLicenceRequest request, ServerCallContext context)
    {
        var caller = context.RequireRole("grant licences", Roles.Society, Roles.Rightsholder, Roles.Creator);
        var licence = request.ToRecord();
        RpcErrors.ThrowIfAny([
            EntityIds.Check("licence_id", request.LicenceId),
            EntityIds.Check("work_id", request.WorkId),
            EntityIds.Check("operator_id", request.OperatorId),
            request.Tariff is null ? new FieldViolation("tariff", "tariff is required") : null,
            .. request.Uses.Select((u, i) => UseKinds.Check($"uses[{i}]", u)),
            .. request.Tariff is null ? [] : licence.Tariff.ToDomain().Validate("tariff")]);
        if (await grains.GetGrain<IOperatorGrain>(request.OperatorId).Describe() is null)
        {
            RpcErrors.BadRequest("operator_id", $"operator_id '{request.OperatorId}' is not a registered operator");
        }

        if (caller.Role == Roles.Creator)
        {
            await RequireContributorAsync(caller, request.WorkId);
        }

        var result = await grains.GetGrain<IWorkGrain>(request.WorkId).GrantLicence(licence);
        if (result is null)
        {
            RpcErrors.BadRequest("work_id", $"work_id '{request.WorkId}' is not a registered work");
        }

        return Unwrap(result, "licence", request.LicenceId).ToWire();
    }

    private async Task RequireContributorAsync(Caller caller, string workId)
    {
        var work = await grains.GetGrain<IWorkGrain>(workId).Describe();
        if (work is not null && work.Definition.Contributors.All(c => c.CreatorId != caller.PartyId))
        {
            CallerAccess.Deny($"{caller} may license only their own works, and is not a contributor of {workId}");
        }
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
