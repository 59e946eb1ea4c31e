namespace RoyaltyLedger.Application.UsageLog;

/// <summary>
/// One batch to append to the usage log. <see cref="Payload"/> is the batch as received; <see cref="Candidates"/>
/// are the indexes of its valid events, each first of its id within the batch, with their keys (see
/// <see cref="EventKeys"/>) in <see cref="Keys"/>. The log counts each candidate whose key it did not hold and
/// calls <see cref="BuildAck"/> with the indexes of those it did (duplicates), storing the bytes returned.
/// </summary>
public sealed record LogAppend(
    string OperatorId,
    string StreamName,
    long BatchSeq,
    long ReceivedAtUnixMs,
    int EventCount,
    byte[] Payload,
    IReadOnlyList<int> Candidates,
    IReadOnlyList<byte[]> Keys,
    Func<IReadOnlyList<int>, byte[]> BuildAck)
{
    /// <summary>The SHA-256 of the batch's content (docs/ingest-design.md, "Resends"), stored beside the row; null stores none.</summary>
    public byte[]? ContentSha256 { get; init; }

    /// <summary>The partition of each candidate, in <see cref="Candidates"/>' order; empty files every use in partition 0.</summary>
    public IReadOnlyList<int> Partitions { get; init; } = [];

    /// <summary>Bytes this append holds in memory while queued, for the writer's bound.</summary>
    public long Weight => Payload.Length + (Keys.Count * 40L);
}
