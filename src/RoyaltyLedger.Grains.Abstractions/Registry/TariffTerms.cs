using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Grains.Abstractions.Registry;

[GenerateSerializer, Immutable, Alias("rl.TariffTerms.v1")]
public sealed record TariffTerms(
    [property: Id(0)] string Currency,
    [property: Id(1)] long PriceMicros,
    [property: Id(2)] long PerUnits,
    [property: Id(3)] string UnitKind)
{
    public Tariff ToDomain() => new(Currency, PriceMicros, PerUnits, UnitKind);
}
