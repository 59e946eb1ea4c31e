using System.Collections.Immutable;

namespace RoyaltyLedger.Grains.Abstractions.Usage;

/// <summary>
/// A batch checked at the gRPC edge, ready to append: the batch as received (protobuf bytes), the rejected events
/// with their reasons, the events repeated earlier in the same batch, and the candidates (valid, first of their
/// id) with their event keys in the same order.
/// </summary>
[GenerateSerializer, Immutable, Alias("rl.LogBatch.v1")]
public sealed record LogBatch(
    [property: Id(0)] long BatchSeq,
    [property: Id(1)] int EventCount,
    [property: Id(2)] byte[] Payload,
    [property: Id(3)] ImmutableArray<int> Candidates,
    [property: Id(4)] ImmutableArray<byte[]> Keys,
    [property: Id(5)] ImmutableArray<EventRejectionRecord> Rejections,
    [property: Id(6)] ImmutableArray<int> RepeatedInBatch)
{
    /// <summary>The SHA-256 of the batch's content in its canonical form (docs/ingest-design.md, "Resends"); null checks nothing.</summary>
    [Id(7)]
    public byte[]? ContentSha256 { get; init; }

    /// <summary>
    /// The partition of each candidate, in <see cref="Candidates"/>' order (docs/partitions.md); empty when the ledger has
    /// one partition, which holds every use.
    /// </summary>
    [Id(8)]
    public ImmutableArray<int> Partitions { get; init; } = [];
}
