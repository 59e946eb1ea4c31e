using Google.Protobuf;
using RoyaltyLedger.Application.Usage;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Grains.Abstractions.Usage;
using RejectionReason = RoyaltyLedger.Domain.Usage.RejectionReason;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// A wire batch as the ingest use case takes it: the bytes the log keeps (the batch re-encoded, <see cref="BatchDigest"/>),
/// their digest, and each event mapped to the domain, or rejected here when its wire form cannot be read
/// (undecodable bytes, a Timestamp out of range: <see cref="UsageEventWireRules"/>).
/// </summary>
internal static class IncomingBatchMapping
{
    public static IncomingBatch ToIncoming(this UsageBatch batch, IReadOnlyDictionary<int, string> malformed, IReadOnlyDictionary<int, ByteString>? malformedBytes = null)
    {
        var payload = batch.ToByteArray();
        var events = new IncomingEvent[batch.Events.Count];
        for (var i = 0; i < events.Length; i++)
        {
            var e = batch.Events[i];
            events[i] = malformed.TryGetValue(i, out var undecodable)
                ? IncomingEvent.Unreadable(new EventRejectionRecord(i, RejectionReason.InvalidValue, $"events[{i}]",
                    $"events[{i}] could not be decoded, so none of its fields were read: {undecodable} (protobuf text fields must be UTF-8)"))
                : UsageEventWireRules.Check(i, e) is { } rejection
                    ? IncomingEvent.Unreadable(rejection)
                    : IncomingEvent.Read(e.ToDomain());
        }

        return new IncomingBatch(batch.BatchSeq, payload, BatchDigest.Of(payload, malformedBytes), events);
    }
}
