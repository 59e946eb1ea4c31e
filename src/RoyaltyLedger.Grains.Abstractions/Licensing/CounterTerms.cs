using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Grains.Abstractions.Licensing;

/// <summary>
/// The pricing a party would approve instead of the request's: a unit tariff, a revenue share, or both. It replaces
/// the request's pricing as a whole; record equality tells two counters apart.
/// </summary>
[GenerateSerializer, Immutable, Alias("rl.CounterTerms.v1")]
public sealed record CounterTerms([property: Id(0)] TariffTerms? Tariff, [property: Id(1)] int? RevenueShareBasisPoints)
{
    public override string ToString()
    {
        var tariff = Tariff is { } t ? $"{t.Currency} {MoneyFormat.Micros(t.PriceMicros)} per {t.PerUnits:N0} {t.UnitKind}" : null;
        var share = RevenueShareBasisPoints is { } bps ? $"{bps:N0} bps of revenue" : null;
        return string.Join(" plus ", new[] { tariff, share }.OfType<string>());
    }
}
