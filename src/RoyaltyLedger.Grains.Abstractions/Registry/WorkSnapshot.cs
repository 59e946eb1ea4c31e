using System.Collections.Immutable;
using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>
/// A work as the registry holds it: its definition, every split version (oldest first, the first being the
/// definition's contributors) and the licences that name it or cover it through a rightsholder's catalogue.
/// </summary>
[GenerateSerializer, Immutable, Alias("rl.WorkSnapshot.v2")]
public sealed record WorkSnapshot(
    [property: Id(0)] WorkDefinition Definition,
    [property: Id(1)] ImmutableArray<SplitVersionRecord> Splits,
    [property: Id(2)] ImmutableArray<LicenceRecord> Licences)
{
    /// <summary>The latest split version: the one in force now, unless an amendment is scheduled for later.</summary>
    public SplitVersionRecord CurrentSplit => Splits[^1];
}
