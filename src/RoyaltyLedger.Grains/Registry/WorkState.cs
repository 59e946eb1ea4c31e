using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Grains.Registry;

[GenerateSerializer, Alias("rl.WorkState.v1")]
public sealed class WorkState
{
    [Id(0)] public WorkSnapshot? Snapshot { get; set; }
}
