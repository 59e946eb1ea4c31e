using System.Collections.Immutable;

namespace RoyaltyLedger.Grains.Abstractions.Usage;

/// <summary>A numbered batch of events from one producer stream.</summary>
[GenerateSerializer, Immutable, Alias("rl.IngestBatch.v1")]
public sealed record IngestBatch([property: Id(0)] long BatchSeq, [property: Id(1)] ImmutableArray<UsageEventRecord> Events);
