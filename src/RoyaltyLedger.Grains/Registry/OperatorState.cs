using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Grains.Registry;

[GenerateSerializer, Alias("rl.OperatorState.v1")]
public sealed class OperatorState
{
    [Id(0)] public OperatorProfile? Profile { get; set; }
}
