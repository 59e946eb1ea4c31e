using System.Collections.Immutable;
using System.Text.Json;
using RoyaltyLedger.Grains.Abstractions.Usage;

namespace RoyaltyLedger.Grains.Usage;

/// <summary>Builds a batch's ack from what the log counted, and stores it as JSON in the batch's log row.</summary>
internal static class AckCodec
{
    public static BatchAckRecord Build(LogBatch batch, IReadOnlyList<int> duplicatesInLog)
    {
        var duplicates = batch.RepeatedInBatch.Concat(duplicatesInLog).Order().ToImmutableArray();
        return new BatchAckRecord(batch.BatchSeq, batch.Candidates.Length - duplicatesInLog.Count, duplicates.Length, batch.Rejections, duplicates);
    }

    public static byte[] Encode(BatchAckRecord ack) => JsonSerializer.SerializeToUtf8Bytes(ack);

    public static BatchAckRecord Decode(byte[] bytes) =>
        JsonSerializer.Deserialize<BatchAckRecord>(bytes)
        ?? throw new InvalidDataException("a stored batch ack is empty");
}
