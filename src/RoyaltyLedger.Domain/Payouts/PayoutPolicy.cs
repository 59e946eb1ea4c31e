namespace RoyaltyLedger.Domain.Payouts;

/// <summary>
/// A society's terms for one payout cycle: its commission in basis points of what each member is owed, and the
/// smallest payment it makes, in minor units of the cycle's currency (balances below it are held over).
/// </summary>
public sealed record PayoutPolicy(string SocietyId, string Currency, int CommissionBasisPoints, long MinimumPayoutMinor)
{
    /// <summary>The largest minimum payment a cycle may set: 10^12 minor units (ten billion euros); more is a typing error.</summary>
    public const long MaxMinimumPayoutMinor = 1_000_000_000_000;
}
