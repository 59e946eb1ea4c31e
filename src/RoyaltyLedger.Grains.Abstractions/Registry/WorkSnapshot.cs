using System.Collections.Immutable;

namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>A work with its licences. <see cref="Version"/> grows with every change, so a cached copy can tell it is stale.</summary>
[GenerateSerializer, Immutable, Alias("rl.WorkSnapshot.v1")]
public sealed record WorkSnapshot(
    [property: Id(0)] WorkDefinition Definition,
    [property: Id(1)] ImmutableArray<LicenceGrant> Licences,
    [property: Id(2)] int Version);
