using System.Collections.Immutable;

namespace RoyaltyLedger.Grains.Abstractions.Registry;

[GenerateSerializer, Immutable, Alias("rl.CreatorProfile.v1")]
public sealed record CreatorProfile([property: Id(0)] string CreatorId, [property: Id(1)] string DisplayName)
{
    /// <summary>ISNI and IPI name numbers, normalized.</summary>
    [Id(2)]
    public ImmutableArray<IdentifierRecord> Identifiers { get; init; } = [];

    /// <summary>Value equality including the identifiers, which an array's own equality would compare by reference.</summary>
    public bool Equals(CreatorProfile? other) =>
        other is not null && CreatorId == other.CreatorId && DisplayName == other.DisplayName
        && Identifiers.SequenceEqual(other.Identifiers);

    public override int GetHashCode() => HashCode.Combine(CreatorId, DisplayName);
}
