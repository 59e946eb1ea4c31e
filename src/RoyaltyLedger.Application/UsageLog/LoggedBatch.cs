namespace RoyaltyLedger.Application.UsageLog;

/// <summary>A batch as the log holds it: the payload as received and which of its events counted.</summary>
public sealed record LoggedBatch(long LogSeq, string StreamName, long BatchSeq, long ReceivedAtUnixMs, byte[] Payload, byte[] CountedMask)
{
    public bool Counted(int index) => (CountedMask[index >> 3] & (1 << (index & 7))) != 0;
}
