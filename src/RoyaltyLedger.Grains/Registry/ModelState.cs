using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Grains.Registry;

[GenerateSerializer, Alias("rl.ModelState.v1")]
public sealed class ModelState
{
    [Id(0)] public ModelProfile? Profile { get; set; }
}
