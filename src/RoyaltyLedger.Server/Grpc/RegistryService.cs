using System.Text.Json;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Identifiers;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Grains.Licensing;
using RoyaltyLedger.Grains.Registry;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Application.Licensing;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Registers and lists creators, operators, models, works, licences and societies' unlicensed tariffs. Validates, calls a grain, maps the result.</summary>
internal sealed partial class RegistryService(
    IGrainFactory grains, ILedgerStore ledger, ISocietyMembers members, LicenceUseCases licences, ISuspenseReport suspense,
    ISocietyTariffStore societyTariffs, SocietyTariffPublisher tariffPublisher, WorkRefresher refresher, SplitAmender amender, TimeProvider clock) : Registry.RegistryBase
{
    public override async Task<Creator> RegisterCreator(RegisterCreatorRequest request, ServerCallContext context)
    {
        context.RequireRole("register creators", Roles.Society);
        var (identifiers, identifierViolations) = request.Identifiers.ToRecords(IdentifierList.PartySchemes, $"creator {request.CreatorId}");
        RpcErrors.ThrowIfAny([
            EntityIds.Check("creator_id", request.CreatorId),
            Text.CheckRequired("display_name", request.DisplayName),
            .. identifierViolations]);
        var result = await grains.GetGrain<ICreatorGrain>(request.CreatorId)
            .Register(new CreatorProfile(request.CreatorId, request.DisplayName) { Identifiers = identifiers });
        return Unwrap(result, "creator", request.CreatorId).ToWire();
    }

    public override async Task<ListCreatorsResponse> ListCreators(ListCreatorsRequest request, ServerCallContext context)
    {
        var (page, next) = await ListAsync<CreatorProfile>(RegistryKinds.Creator, request.PageSize, request.PageToken, context);
        var response = new ListCreatorsResponse { NextPageToken = next };
        response.Creators.AddRange(page.Select(p => p.ToWire()));
        return response;
    }

    public override async Task<Operator> RegisterOperator(RegisterOperatorRequest request, ServerCallContext context)
    {
        context.RequireRole("register operators");
        RpcErrors.ThrowIfAny([
            EntityIds.Check("operator_id", request.OperatorId),
            Text.CheckRequired("display_name", request.DisplayName)]);
        var result = await grains.GetGrain<IOperatorGrain>(request.OperatorId)
            .Register(new OperatorProfile(request.OperatorId, request.DisplayName));
        return Unwrap(result, "operator", request.OperatorId).ToWire();
    }

    public override async Task<ListOperatorsResponse> ListOperators(ListOperatorsRequest request, ServerCallContext context)
    {
        var (page, next) = await ListAsync<OperatorProfile>(RegistryKinds.Operator, request.PageSize, request.PageToken, context);
        var response = new ListOperatorsResponse { NextPageToken = next };
        response.Operators.AddRange(page.Select(p => p.ToWire()));
        return response;
    }

    public override async Task<Model> RegisterModel(RegisterModelRequest request, ServerCallContext context)
    {
        context.RequireRole("register models", Roles.Operator)
            .RequireParty(Roles.Operator, request.OperatorId, $"register models for operator {EntityIds.Printable(request.OperatorId)}");
        RpcErrors.ThrowIfAny([
            EntityIds.Check("model_id", request.ModelId),
            EntityIds.Check("operator_id", request.OperatorId),
            Text.CheckRequired("display_name", request.DisplayName)]);
        if (await grains.GetGrain<IOperatorGrain>(request.OperatorId).Describe() is null)
        {
            RpcErrors.BadRequest("operator_id", $"operator_id '{request.OperatorId}' is not a registered operator");
        }

        var result = await grains.GetGrain<IModelGrain>(request.ModelId)
            .Register(new ModelProfile(request.ModelId, request.OperatorId, request.DisplayName));
        return Unwrap(result, "model", request.ModelId).ToWire();
    }

    public override async Task<ListModelsResponse> ListModels(ListModelsRequest request, ServerCallContext context)
    {
        var (page, next) = await ListAsync<ModelProfile>(RegistryKinds.Model, request.PageSize, request.PageToken, context);
        var response = new ListModelsResponse { NextPageToken = next };
        response.Models.AddRange(page.Select(p => p.ToWire()));
        return response;
    }

    /// <summary>One page of the kind's entries in id order, and the token of the next page ("" on the last).</summary>
    private async Task<(IEnumerable<T> Page, string NextPageToken)> ListAsync<T>(string kind, int pageSize, string pageToken, ServerCallContext context)
    {
        var (size, afterId) = Paging.Read(pageSize, pageToken);
        var read = await ledger.ListRegistryPageAsync(kind, afterId, size + 1, context.CancellationToken);
        var (entries, next) = Paging.Cut(read, size, e => e.Id);
        return (entries.Select(e => JsonSerializer.Deserialize<T>(e.PayloadJson)
            ?? throw new InvalidDataException($"registry entry {kind} {e.Id} holds no payload")), next);
    }

    private static T Unwrap<T>(Registration<T> result, string kind, string id)
    {
        if (result.Outcome == RegistrationOutcome.Conflict)
        {
            RpcErrors.AlreadyExists($"{kind} {id} is already registered with different details; ids cannot be reused");
        }

        return result.Current;
    }
}
