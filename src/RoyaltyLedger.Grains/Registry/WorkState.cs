using System.Collections.Immutable;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Grains.Registry;

/// <summary>What a work grain persists: its definition and split history. Consents and licences live in ledger tables.</summary>
[GenerateSerializer, Alias("rl.WorkState.v2")]
public sealed class WorkState
{
    [Id(0)] public WorkDefinition? Definition { get; set; }

    [Id(1)] public ImmutableArray<SplitVersionRecord> Splits { get; set; } = [];
}
