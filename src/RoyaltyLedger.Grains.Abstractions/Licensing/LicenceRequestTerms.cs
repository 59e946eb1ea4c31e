using System.Collections.Immutable;
using RoyaltyLedger.Domain;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Grains.Abstractions.Licensing;

/// <summary>What an operator asks for: works, models (empty: all its models), uses, a proposed tariff and why.</summary>
[GenerateSerializer, Immutable, Alias("rl.LicenceRequestTerms.v1")]
public sealed record LicenceRequestTerms(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string OperatorId,
    [property: Id(2)] ImmutableArray<string> WorkIds,
    [property: Id(3)] ImmutableArray<string> ModelIds,
    [property: Id(4)] ImmutableArray<UseKind> Uses,
    [property: Id(5)] TariffTerms Tariff,
    [property: Id(6)] string Purpose)
{
    public const int MaxWorks = 1_000;

    public bool SameAs(LicenceRequestTerms other) =>
        other is not null && RequestId == other.RequestId && OperatorId == other.OperatorId
        && WorkIds.SequenceEqual(other.WorkIds) && ModelIds.SequenceEqual(other.ModelIds) && Uses.SequenceEqual(other.Uses)
        && Tariff == other.Tariff && Purpose == other.Purpose;
}
