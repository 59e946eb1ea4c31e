using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Grains.Abstractions.Licensing;
using RoyaltyLedger.Grains.Abstractions.Registry;
using V1 = RoyaltyLedger.Contracts.V1;
using DomainUse = RoyaltyLedger.Domain.UseKind;

namespace RoyaltyLedger.Server.Grpc;

internal static class LicenceRequestMapping
{
    public static TariffTerms ToRecord(this V1.Tariff? t) =>
        new(t?.Currency ?? "", t?.PriceMicros ?? 0, t?.PerUnits ?? 0, t?.UnitKind ?? "");

    public static V1.Tariff ToWire(this TariffTerms t) =>
        new() { Currency = t.Currency, PriceMicros = t.PriceMicros, PerUnits = t.PerUnits, UnitKind = t.UnitKind };

    /// <summary>The request's terms with every list as sent, so that validation can name positions as the caller sees them.</summary>
    public static LicenceRequestTerms ToTerms(this V1.FileLicenceRequestRequest r) =>
        new(r.RequestId, r.OperatorId, [.. r.WorkIds], [.. r.ModelIds], [.. r.Uses.Select(u => (DomainUse)(int)u)],
            r.ProposedTariff is null ? null : r.ProposedTariff.ToRecord(), r.Purpose)
        {
            CatalogueRightsholderId = r.CatalogueRightsholderId.Length == 0 ? null : r.CatalogueRightsholderId,
            TerritoryCodes = [.. r.Territories],
            StartsAt = r.StartsAt?.ToDateTimeOffset(),
            EndsAt = r.EndsAt?.ToDateTimeOffset(),
            Retroactive = r.Retroactive,
            RevenueShareBasisPoints = r.HasRevenueShareBps ? BasisPoints(r.RevenueShareBps) : null,
            AttributionOnly = r.AttributionOnly,
        };

    /// <summary>
    /// Lists without repeats: works in the order asked (licence ids follow it), models, uses and territories sorted,
    /// so that a retry listing the same sets in another order is the same request.
    /// </summary>
    public static LicenceRequestTerms Normalized(this LicenceRequestTerms t) => t with
    {
        WorkIds = [.. t.WorkIds.Distinct(StringComparer.Ordinal)],
        ModelIds = [.. t.ModelIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        Uses = [.. t.Uses.Distinct().Order()],
        TerritoryCodes = [.. t.TerritoryCodes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
    };

    public static CounterTerms? ToCounter(this V1.DecideLicenceRequestRequest r) =>
        r.CounterTariff is null && !r.HasCounterRevenueShareBps
            ? null
            : new CounterTerms(r.CounterTariff?.ToRecord(), r.HasCounterRevenueShareBps ? BasisPoints(r.CounterRevenueShareBps) : null);

    /// <summary>Values past int range are kept out of range rather than wrapped, so that validation reports them.</summary>
    private static int BasisPoints(uint bps) => (int)Math.Min(bps, int.MaxValue);

    public static V1.LicenceRequest ToWire(this LicenceRequestView v)
    {
        var t = v.Terms;
        var wire = new V1.LicenceRequest
        {
            RequestId = t.RequestId,
            OperatorId = t.OperatorId,
            ProposedTariff = t.Tariff?.ToWire(),
            Purpose = t.Purpose,
            FiledAt = Timestamp.FromDateTimeOffset(v.FiledAt),
            Status = v.Status,
            CatalogueRightsholderId = t.CatalogueRightsholderId ?? "",
            StartsAt = t.StartsAt is { } starts ? Timestamp.FromDateTimeOffset(starts) : null,
            EndsAt = t.EndsAt is { } ends ? Timestamp.FromDateTimeOffset(ends) : null,
            Retroactive = t.Retroactive,
            AttributionOnly = t.AttributionOnly,
            WithdrawnAt = v.WithdrawnAt is { } withdrawn ? Timestamp.FromDateTimeOffset(withdrawn) : null,
        };
        if (t.RevenueShareBasisPoints is { } share)
        {
            wire.RevenueShareBps = (uint)share;
        }

        wire.ModelIds.AddRange(t.ModelIds);
        wire.Uses.AddRange(t.Uses.Select(u => (V1.UseKind)(int)u));
        wire.Territories.AddRange(t.TerritoryCodes);
        wire.Works.AddRange(v.Works.Select(ToWire));
        wire.Decisions.AddRange(v.Decisions.Select(ToWire));
        return wire;
    }

    private static V1.RequestedWork ToWire(RequestedWorkRecord w)
    {
        var work = new V1.RequestedWork { WorkId = w.WorkId, Status = w.Status, LicenceId = w.LicenceId ?? "" };
        work.CreatorIds.AddRange(w.CreatorIds);
        work.RightsholderIds.AddRange(w.RightsholderIds.IsDefault ? [] : w.RightsholderIds);
        return work;
    }

    private static V1.PartyDecision ToWire(PartyDecisionRecord d)
    {
        var decision = new V1.PartyDecision
        {
            PartyId = d.PartyId,
            PartyKind = d.PartyKind == RequestPartyKind.Rightsholder ? "rightsholder" : "creator",
            Decision = (V1.RequestDecision)(int)d.Decision,
            Note = d.Note,
            CounterTariff = d.Counter?.Tariff?.ToWire(),
            DecidedAt = d.DecidedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
            CounterAcceptedAt = d.CounterAcceptedAt is { } accepted ? Timestamp.FromDateTimeOffset(accepted) : null,
        };
        if (d.Counter?.RevenueShareBasisPoints is { } share)
        {
            decision.CounterRevenueShareBps = (uint)share;
        }

        return decision;
    }
}
