namespace RoyaltyLedger.Grains.Abstractions.Registry;

[GenerateSerializer, Immutable, Alias("rl.OperatorProfile.v1")]
public sealed record OperatorProfile([property: Id(0)] string OperatorId, [property: Id(1)] string DisplayName);
