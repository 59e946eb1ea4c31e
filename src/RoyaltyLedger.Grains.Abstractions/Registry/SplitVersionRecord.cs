using System.Collections.Immutable;
using RoyaltyLedger.Domain.Licensing;

namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>
/// A work's contributors and shares from <see cref="EffectiveFrom"/> until the next version takes over. A
/// <see cref="Correction"/> may start in the past: the uses since then are re-rated and the difference posted.
/// </summary>
[GenerateSerializer, Immutable, Alias("rl.SplitVersionRecord.v1")]
public sealed record SplitVersionRecord(
    [property: Id(0)] DateTimeOffset EffectiveFrom,
    [property: Id(1)] ImmutableArray<ContributorShare> Contributors,
    [property: Id(2)] DateTimeOffset RecordedAt,
    [property: Id(3)] string Note,
    [property: Id(4)] bool Correction = false)
{
    public SplitVersion ToDomain() => new(EffectiveFrom, [.. Contributors.Select(c => c.ToDomain())]);
}
