namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>The unlicensed tariff that prices one contributor's part of a use: their society's, for that use and unit kind.</summary>
[GenerateSerializer, Immutable, Alias("rl.ContributorTariff.v1")]
public sealed record ContributorTariff(
    [property: Id(0)] string CreatorId,
    [property: Id(1)] string SocietyId,
    [property: Id(2)] TariffTerms Tariff);
