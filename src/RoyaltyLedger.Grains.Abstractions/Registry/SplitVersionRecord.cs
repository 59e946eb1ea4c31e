using System.Collections.Immutable;
using RoyaltyLedger.Domain.Licensing;

namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>A work's contributors and shares from <see cref="EffectiveFrom"/> until the next version takes over.</summary>
[GenerateSerializer, Immutable, Alias("rl.SplitVersionRecord.v1")]
public sealed record SplitVersionRecord(
    [property: Id(0)] DateTimeOffset EffectiveFrom,
    [property: Id(1)] ImmutableArray<ContributorShare> Contributors,
    [property: Id(2)] DateTimeOffset RecordedAt,
    [property: Id(3)] string Note)
{
    public SplitVersion ToDomain() => new(EffectiveFrom, [.. Contributors.Select(c => c.ToDomain())]);
}
