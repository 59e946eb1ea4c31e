namespace RoyaltyLedger.Grains.Abstractions.Registry;

[GenerateSerializer, Immutable, Alias("rl.CreatorProfile.v1")]
public sealed record CreatorProfile([property: Id(0)] string CreatorId, [property: Id(1)] string DisplayName);
