namespace RoyaltyLedger.Domain.Payouts;

/// <summary>What the ledger owes a member at the cycle's cut-off, in nanos (never negative).</summary>
public readonly record struct MemberBalance(string PartyId, Int128 OwedNanos);
