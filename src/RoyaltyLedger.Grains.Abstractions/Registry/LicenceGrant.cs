using System.Collections.Immutable;
using RoyaltyLedger.Domain;
using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>A licence for one operator to use one work. No uses listed means every use.</summary>
[GenerateSerializer, Immutable, Alias("rl.LicenceGrant.v1")]
public sealed record LicenceGrant(
    [property: Id(0)] string LicenceId,
    [property: Id(1)] string WorkId,
    [property: Id(2)] string OperatorId,
    [property: Id(3)] ImmutableArray<UseKind> Uses,
    [property: Id(4)] TariffTerms Tariff)
{
    public LicenceTerms ToDomain() => new(LicenceId, OperatorId, Uses, Tariff.ToDomain());

    /// <summary>Value equality over the uses too, which record equality on an array does not give.</summary>
    public bool SameTermsAs(LicenceGrant other) =>
        other is not null
        && LicenceId == other.LicenceId && WorkId == other.WorkId && OperatorId == other.OperatorId
        && Uses.SequenceEqual(other.Uses) && Tariff == other.Tariff;
}
