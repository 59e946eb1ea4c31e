using System.Collections.Immutable;

namespace RoyaltyLedger.Grains.Abstractions.Usage;

/// <summary>What the ledger durably did with a batch. Stored with the batch and returned again on a retry.</summary>
[GenerateSerializer, Immutable, Alias("rl.BatchAckRecord.v2")]
public sealed record BatchAckRecord(
    [property: Id(0)] long BatchSeq,
    [property: Id(1)] int Accepted,
    [property: Id(2)] int Duplicates,
    [property: Id(3)] ImmutableArray<EventRejectionRecord> Rejections,
    [property: Id(4)] ImmutableArray<int> DuplicateIndexes);
