using RoyaltyLedger.Domain;
using System.Collections.Immutable;

namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>
/// The licence check's answer for one use, with the split in force when it happened. <see cref="Status"/> is
/// licensed, unlicensed or refused; the licence fields are set only when licensed, <see cref="RefusedBy"/>
/// only when refused, and <see cref="Reason"/> explains anything but a covered use. An unlicensed or refused use also
/// carries <see cref="UnlicensedTariffs"/>: for each contributor in force whose society has an unlicensed tariff for the
/// use and its unit kind, that tariff, by which the use is priced as a claim (empty when licensed; default, not empty,
/// from a silo that predates the field).
/// </summary>
[GenerateSerializer, Immutable, Alias("rl.UseRating.v1")]
public sealed record UseRating(
    [property: Id(0)] UseStatus Status,
    [property: Id(1)] string? LicenceId,
    [property: Id(2)] TariffTerms? Tariff,
    [property: Id(3)] int? RevenueShareBasisPoints,
    [property: Id(4)] bool AttributionOnly,
    [property: Id(5)] string? RefusedBy,
    [property: Id(6)] string Reason,
    [property: Id(7)] ImmutableArray<ContributorShare> Contributors,
    [property: Id(8)] ImmutableArray<ContributorTariff> UnlicensedTariffs);
