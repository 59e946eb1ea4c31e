namespace RoyaltyLedger.Grains.Abstractions.Usage;

/// <summary>
/// The answer to an append: the batch's ack, or null when the batch number skips ahead of the
/// stream, whose held position is <see cref="LastBatchSeq"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("rl.AppendResult.v1")]
public sealed record AppendResult([property: Id(0)] BatchAckRecord? Ack, [property: Id(1)] long LastBatchSeq);
