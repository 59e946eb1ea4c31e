namespace RoyaltyLedger.Domain.Usage;

/// <summary>A refused event: its index in the batch, the reason, the field and a message naming the value.</summary>
public sealed record EventRejection(int Index, RejectionReason Reason, string Field, string Message);
