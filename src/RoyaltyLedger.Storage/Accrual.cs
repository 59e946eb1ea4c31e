namespace RoyaltyLedger.Storage;

/// <summary>A party's part of one event's amount, in nanos.</summary>
public sealed record Accrual(string PartyId, int ShareBasisPoints, long AmountNanos);
