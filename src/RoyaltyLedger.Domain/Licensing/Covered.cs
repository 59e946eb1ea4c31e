using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Licensing;

/// <summary>A licence covers the use, and every contributor in force has authorised it. The terms are the licence's.</summary>
public sealed record Covered(string LicenceId, Tariff? Tariff, int? RevenueShareBasisPoints, bool AttributionOnly) : LicenceDecision
{
    internal static Covered Of(Licence licence) =>
        new(licence.LicenceId, licence.Tariff, licence.RevenueShareBasisPoints, licence.AttributionOnly);
}
