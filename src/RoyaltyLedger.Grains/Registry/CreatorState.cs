using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Grains.Registry;

[GenerateSerializer, Alias("rl.CreatorState.v1")]
public sealed class CreatorState
{
    [Id(0)] public CreatorProfile? Profile { get; set; }
}
