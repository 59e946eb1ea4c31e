namespace RoyaltyLedger.Application.Projection;

/// <summary>
/// A usage-log row waiting to be projected: the batch as received (protobuf <c>royaltyledger.v1.UsageBatch</c>),
/// how many of its events counted, and which (bit i of byte i/8 set when event i counts).
/// </summary>
public sealed record PendingBatch(long LogSeq, string OperatorId, int Counted, byte[] Payload, byte[] CountedMask);
