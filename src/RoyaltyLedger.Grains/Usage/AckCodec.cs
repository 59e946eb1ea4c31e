using System.Collections.Immutable;
using System.Text.Json;
using RoyaltyLedger.Grains.Abstractions.Usage;
using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Grains.Usage;

/// <summary>Builds a batch's ack from what the store kept, and stores it as JSON beside the batch.</summary>
internal static class AckCodec
{
    public static BatchAckRecord Build(long batchSeq, PreparedBatch prepared, IReadOnlyList<bool> stored)
    {
        var duplicates = prepared.RepeatedInBatch.ToList();
        var accepted = 0;
        var unidentified = 0;
        for (var i = 0; i < prepared.Accepted.Count; i++)
        {
            if (!stored[i])
            {
                duplicates.Add(prepared.Accepted[i].Index);
                continue;
            }

            accepted++;
            if (prepared.Accepted[i].Event.Status == EventStatus.Unidentified)
            {
                unidentified++;
            }
        }

        duplicates.Sort();
        return new BatchAckRecord(batchSeq, accepted, duplicates.Count, unidentified,
            [.. prepared.Rejections], [.. duplicates]);
    }

    public static byte[] Encode(BatchAckRecord ack) => JsonSerializer.SerializeToUtf8Bytes(ack);

    public static BatchAckRecord Decode(byte[] bytes) =>
        JsonSerializer.Deserialize<BatchAckRecord>(bytes)
        ?? throw new InvalidDataException("a stored batch ack is empty");
}
