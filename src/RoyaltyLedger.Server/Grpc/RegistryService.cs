using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Identifiers;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Grains.Licensing;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Application.Licensing;
using RoyaltyLedger.Application.Registry;
using DomainTariff = RoyaltyLedger.Domain.Registry.Tariff;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// The registry's wire: creators, operators, models, rightsholders, societies and their members and unlicensed
/// tariffs (here), works (RegistryService.Works.cs) and licences (RegistryService.Licences.cs). Checks the caller and
/// the request's fields, calls a use case (Application/Registry), maps the result.
/// </summary>
internal sealed partial class RegistryService(
    LicenceUseCases licences, TimeProvider clock,
    PartyRegistry parties, WorkRegistry works, SocietyRegistry societies) : Registry.RegistryBase
{
    private static readonly string[] RightsholderKinds = ["publisher", "label", "agency"];

    public override async Task<Creator> RegisterCreator(RegisterCreatorRequest request, ServerCallContext context)
    {
        context.RequireRole("register creators", Roles.Society);
        var (identifiers, identifierViolations) = request.Identifiers.ToRecords(IdentifierList.PartySchemes, $"creator {request.CreatorId}");
        RpcErrors.ThrowIfAny([
            EntityIds.Check("creator_id", request.CreatorId),
            Text.CheckRequired("display_name", request.DisplayName),
            .. identifierViolations]);
        var result = await parties.RegisterCreatorAsync(new CreatorProfile(request.CreatorId, request.DisplayName) { Identifiers = identifiers });
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
        var result = await parties.RegisterOperatorAsync(new OperatorProfile(request.OperatorId, request.DisplayName));
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
        var result = Accepted(await parties.RegisterModelAsync(new ModelProfile(request.ModelId, request.OperatorId, request.DisplayName)));
        return Unwrap(result!, "model", request.ModelId).ToWire();
    }

    public override async Task<ListModelsResponse> ListModels(ListModelsRequest request, ServerCallContext context)
    {
        var (page, next) = await ListAsync<ModelProfile>(RegistryKinds.Model, request.PageSize, request.PageToken, context);
        var response = new ListModelsResponse { NextPageToken = next };
        response.Models.AddRange(page.Select(p => p.ToWire()));
        return response;
    }

    public override async Task<Rightsholder> RegisterRightsholder(RegisterRightsholderRequest request, ServerCallContext context)
    {
        context.RequireRole("register rightsholders", Roles.Society);
        RpcErrors.ThrowIfAny([
            EntityIds.Check("rightsholder_id", request.RightsholderId),
            Text.CheckRequired("display_name", request.DisplayName),
            RightsholderKinds.Contains(request.Kind) ? null
                : new FieldViolation("kind", $"kind '{EntityIds.Printable(request.Kind)}' is not one of {string.Join(", ", RightsholderKinds)}")]);
        var result = await parties.RegisterRightsholderAsync(new RightsholderProfile(request.RightsholderId, request.DisplayName, request.Kind));
        return ToWire(Unwrap(result, "rightsholder", request.RightsholderId));
    }

    public override async Task<ListRightsholdersResponse> ListRightsholders(ListRightsholdersRequest request, ServerCallContext context)
    {
        var (page, next) = await ListAsync<RightsholderProfile>(RegistryKinds.Rightsholder, request.PageSize, request.PageToken, context);
        var response = new ListRightsholdersResponse { NextPageToken = next };
        response.Rightsholders.AddRange(page.Select(ToWire));
        return response;
    }

    public override async Task<Society> RegisterSociety(RegisterSocietyRequest request, ServerCallContext context)
    {
        context.RequireRole("register societies");
        RpcErrors.ThrowIfAny([
            EntityIds.Check("society_id", request.SocietyId),
            Text.CheckRequired("display_name", request.DisplayName),
            request.CommissionBps <= Scales.BasisPointsWhole ? null
                : new FieldViolation("commission_bps", $"commission_bps is {request.CommissionBps:N0}, expected 0 to {Scales.BasisPointsWhole:N0}"),
            .. PayoutScheduleWire.Check("payout_schedule", request.PayoutSchedule, required: false)]);
        var result = await parties.RegisterSocietyAsync(new SocietyProfile(request.SocietyId, request.DisplayName, (int)request.CommissionBps,
            PayoutScheduleWire.ToProfile(request.PayoutSchedule)));
        return ToWire(Unwrap(result, "society", request.SocietyId));
    }

    public override async Task<Society> SetSocietyPayoutSchedule(SetSocietyPayoutScheduleRequest request, ServerCallContext context)
    {
        context.RequireRole("set payout schedules", Roles.Society)
            .RequireParty(Roles.Society, request.SocietyId, $"set the payout schedule of society {EntityIds.Printable(request.SocietyId)}");
        RpcErrors.ThrowIfAny([
            EntityIds.Check("society_id", request.SocietyId),
            .. PayoutScheduleWire.Check("payout_schedule", request.PayoutSchedule, required: true)]);
        var society = await parties.SetSocietyPayoutScheduleAsync(request.SocietyId, PayoutScheduleWire.ToProfile(request.PayoutSchedule)!);
        if (society is null)
        {
            RpcErrors.NotFound($"society {request.SocietyId} is not registered");
        }

        return ToWire(society);
    }

    public override async Task<ListSocietiesResponse> ListSocieties(ListSocietiesRequest request, ServerCallContext context)
    {
        var (page, next) = await ListAsync<SocietyProfile>(RegistryKinds.Society, request.PageSize, request.PageToken, context);
        var response = new ListSocietiesResponse { NextPageToken = next };
        response.Societies.AddRange(page.Select(ToWire));
        return response;
    }

    public override async Task<SocietyMember> AddSocietyMember(AddSocietyMemberRequest request, ServerCallContext context)
    {
        context.RequireRole("add society members", Roles.Society)
            .RequireParty(Roles.Society, request.SocietyId, $"add members to society {EntityIds.Printable(request.SocietyId)}");
        RpcErrors.ThrowIfAny([EntityIds.Check("society_id", request.SocietyId), EntityIds.Check("member_id", request.MemberId)]);
        var kind = Accepted(await societies.AddMemberAsync(request.SocietyId, request.MemberId, context.CancellationToken));
        return new SocietyMember { SocietyId = request.SocietyId, MemberId = request.MemberId, MemberKind = kind };
    }

    public override async Task<ListSocietyMembersResponse> ListSocietyMembers(ListSocietyMembersRequest request, ServerCallContext context)
    {
        context.RequireRole("list society members", Roles.Society)
            .RequireParty(Roles.Society, request.SocietyId, $"list the members of society {EntityIds.Printable(request.SocietyId)}");
        var response = new ListSocietyMembersResponse();
        response.Members.AddRange((await societies.ListMembersAsync(request.SocietyId, context.CancellationToken))
            .Select(m => new SocietyMember { SocietyId = request.SocietyId, MemberId = m.MemberId, MemberKind = m.MemberKind }));
        return response;
    }

    public override async Task<UnlicensedTariff> SetUnlicensedTariff(SetUnlicensedTariffRequest request, ServerCallContext context)
    {
        context.RequireRole("set unlicensed tariffs", Roles.Society)
            .RequireParty(Roles.Society, request.SocietyId, $"set the unlicensed tariffs of society {EntityIds.Printable(request.SocietyId)}");
        var tariff = request.Tariff is { } t ? new DomainTariff(t.Currency, t.PriceMicros, t.PerUnits, t.UnitKind) : null;
        RpcErrors.ThrowIfAny([
            EntityIds.Check("society_id", request.SocietyId),
            UseKinds.Check("use", request.Use),
            tariff is null ? new FieldViolation("tariff", "tariff is required: currency, price_micros, per_units and unit_kind") : null,
            .. tariff?.Validate("tariff") ?? []]);
        var entry = Accepted(await societies.SetTariffAsync(request.SocietyId, (int)request.Use, tariff!));
        if (entry is null)
        {
            RpcErrors.FailedPrecondition(
                $"society {request.SocietyId} already has {ISocietyTariffStore.MaxTariffsPerSociety} unlicensed tariffs, the most allowed; " +
                "set one with the same use and unit_kind to replace it");
        }

        return ToWire(entry);
    }

    public override async Task<ListUnlicensedTariffsResponse> ListUnlicensedTariffs(ListUnlicensedTariffsRequest request, ServerCallContext context)
    {
        RpcErrors.ThrowIfAny([EntityIds.Check("society_id", request.SocietyId)]);
        var tariffs = Accepted(await societies.ListTariffsAsync(request.SocietyId, context.CancellationToken));
        var response = new ListUnlicensedTariffsResponse();
        response.Tariffs.AddRange(tariffs!.Select(ToWire));
        return response;
    }

    /// <summary>One page of the kind's entries in id order, and the token of the next page ("" on the last).</summary>
    private async Task<(IEnumerable<T> Page, string NextPageToken)> ListAsync<T>(string kind, int pageSize, string pageToken, ServerCallContext context)
        where T : class
    {
        var (size, afterId) = Paging.Read(pageSize, pageToken);
        var read = await parties.ListAsync<T>(kind, afterId, size + 1, context.CancellationToken);
        var (entries, next) = Paging.Cut(read, size, e => e.Id);
        return (entries.Select(e => e.Item), next);
    }

    /// <summary>The use case's result; its violations, if any, as INVALID_ARGUMENT naming each field.</summary>
    private static T? Accepted<T>(RegistryResult<T> result)
        where T : class
    {
        RpcErrors.ThrowIfAny(result.Violations);
        return result.Value;
    }

    private static T Unwrap<T>(Registration<T> result, string kind, string id)
    {
        if (result.Outcome == RegistrationOutcome.Conflict)
        {
            RpcErrors.AlreadyExists($"{kind} {id} is already registered with different details; ids cannot be reused");
        }

        return result.Current;
    }

    private static Rightsholder ToWire(RightsholderProfile p) => new() { RightsholderId = p.RightsholderId, DisplayName = p.DisplayName, Kind = p.Kind };

    private static Society ToWire(SocietyProfile p) => new()
    {
        SocietyId = p.SocietyId, DisplayName = p.DisplayName, CommissionBps = (uint)p.CommissionBasisPoints,
        PayoutSchedule = PayoutScheduleWire.ToWire(p.PayoutSchedule),
    };

    private static UnlicensedTariff ToWire(UnlicensedTariffEntry e) => new()
    {
        SocietyId = e.SocietyId,
        Use = (UseKind)e.UseKind,
        Tariff = new Tariff { Currency = e.Currency, PriceMicros = e.PriceMicros, PerUnits = e.PerUnits, UnitKind = e.UnitKind },
        SetAt = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(e.SetAtUnixMs)),
    };
}
