using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage;
using DomainTariff = RoyaltyLedger.Domain.Registry.Tariff;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Societies' unlicensed tariffs: the price of a member's work used with no covering licence, or against a refusal.</summary>
internal sealed partial class RegistryService
{
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
        await RequireSocietyAsync(request.SocietyId);

        var entry = new UnlicensedTariffEntry(request.SocietyId, (int)request.Use, tariff!.UnitKind, tariff.PriceMicros, tariff.PerUnits,
            tariff.Currency, clock.GetUtcNow().ToUnixTimeMilliseconds());
        if (!await tariffPublisher.SetAsync(entry, CancellationToken.None))
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
        await RequireSocietyAsync(request.SocietyId);
        var response = new ListUnlicensedTariffsResponse();
        response.Tariffs.AddRange((await societyTariffs.ListUnlicensedTariffsAsync(request.SocietyId, context.CancellationToken)).Select(ToWire));
        return response;
    }

    private async Task RequireSocietyAsync(string societyId)
    {
        if (await grains.GetGrain<ISocietyGrain>(societyId).Describe() is null)
        {
            RpcErrors.BadRequest("society_id", $"society_id '{societyId}' is not a registered society");
        }
    }

    private static UnlicensedTariff ToWire(UnlicensedTariffEntry e) => new()
    {
        SocietyId = e.SocietyId,
        Use = (UseKind)e.UseKind,
        Tariff = new Tariff { Currency = e.Currency, PriceMicros = e.PriceMicros, PerUnits = e.PerUnits, UnitKind = e.UnitKind },
        SetAt = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(e.SetAtUnixMs)),
    };
}
