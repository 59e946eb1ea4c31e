namespace RoyaltyLedger.Application.Registry;

/// <summary>The society whose unlicensed tariffs apply to a creator, and those tariffs (possibly none).</summary>
public sealed record CreatorSocietyTariffs(string CreatorId, string SocietyId, IReadOnlyList<UnlicensedTariffEntry> Tariffs);
