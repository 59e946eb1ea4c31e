namespace RoyaltyLedger.Grains.Abstractions.Registry;

[GenerateSerializer, Immutable, Alias("rl.ModelProfile.v1")]
public sealed record ModelProfile(
    [property: Id(0)] string ModelId,
    [property: Id(1)] string OperatorId,
    [property: Id(2)] string DisplayName);
