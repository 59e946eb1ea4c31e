namespace RoyaltyLedger.Domain.Ledger;

/// <summary>A party's part of a rated use, in nanos of <see cref="Currency"/>.</summary>
public readonly record struct PartAmount(string PartyId, string Currency, Int128 AmountNanos);
