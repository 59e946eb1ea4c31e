using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Grains.Abstractions.Licensing;
using RoyaltyLedger.Grains.Abstractions.Registry;
using V1 = RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Grpc;

internal static class LicenceRequestMapping
{
    public static TariffTerms ToRecord(this V1.Tariff? t) =>
        new(t?.Currency ?? "", t?.PriceMicros ?? 0, t?.PerUnits ?? 0, t?.UnitKind ?? "");

    public static V1.Tariff ToWire(this TariffTerms t) =>
        new() { Currency = t.Currency, PriceMicros = t.PriceMicros, PerUnits = t.PerUnits, UnitKind = t.UnitKind };

    public static V1.LicenceRequest ToWire(this LicenceRequestView v)
    {
        var wire = new V1.LicenceRequest
        {
            RequestId = v.Terms.RequestId,
            OperatorId = v.Terms.OperatorId,
            ProposedTariff = v.Terms.Tariff.ToWire(),
            Purpose = v.Terms.Purpose,
            FiledAt = Timestamp.FromDateTimeOffset(v.FiledAt),
            Status = v.Status,
        };
        wire.ModelIds.AddRange(v.Terms.ModelIds);
        wire.Uses.AddRange(v.Terms.Uses.Select(u => (V1.UseKind)(int)u));
        wire.Works.AddRange(v.Works.Select(w =>
        {
            var work = new V1.RequestedWork { WorkId = w.WorkId, Status = w.Status, LicenceId = w.LicenceId ?? "" };
            work.CreatorIds.AddRange(w.CreatorIds);
            return work;
        }));
        wire.Decisions.AddRange(v.Decisions.Select(d => new V1.CreatorDecision
        {
            CreatorId = d.CreatorId,
            Decision = (V1.RequestDecision)(int)d.Decision,
            Note = d.Note,
            CounterTariff = d.CounterTariff?.ToWire(),
            DecidedAt = d.DecidedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
        }));
        return wire;
    }
}
