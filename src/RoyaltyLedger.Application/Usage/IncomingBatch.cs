namespace RoyaltyLedger.Application.Usage;

/// <summary>
/// A batch as it arrived: its number as sent (checked here, 1 to long.MaxValue), the bytes the usage log keeps
/// (the batch in its canonical wire form), the SHA-256 that tells a resend from another batch under the same
/// number (docs/ingest-design.md, "Resends"), and its events in order.
/// </summary>
public sealed record IncomingBatch(ulong BatchSeq, byte[] Payload, byte[] ContentSha256, IReadOnlyList<IncomingEvent> Events);
