using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Rating;

/// <summary>The unlicensed tariff that applies to one contributor's part of a use: their society's, for that use and unit kind.</summary>
public sealed record SocietyTariff(string SocietyId, Tariff Tariff);
