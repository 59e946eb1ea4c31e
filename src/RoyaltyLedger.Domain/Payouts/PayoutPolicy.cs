namespace RoyaltyLedger.Domain.Payouts;

/// <summary>
/// A society's terms for one payout cycle: its commission in basis points of what each member is owed, and the
/// smallest payment it makes, in minor units of the cycle's currency (balances below it are held over).
/// </summary>
public sealed record PayoutPolicy(string SocietyId, string Currency, int CommissionBasisPoints, long MinimumPayoutMinor);
