namespace RoyaltyLedger.Domain.Payouts;

/// <summary>
/// One member's outcome of a cycle. <see cref="GrossNanos"/> is what the member was owed; a paid member is charged
/// <see cref="CommissionNanos"/> and paid <see cref="PaidMinor"/> minor units, and the fraction of a minor unit left
/// (<see cref="CarriedNanos"/>) stays owed for the next cycle. A held member (owed less than the minimum payment
/// after commission) is charged and paid nothing and carries the whole gross.
/// </summary>
public sealed record PayoutLine(string PartyId, string Currency, Int128 GrossNanos, Int128 CommissionNanos, Int128 PaidMinor, Int128 PaidNanos, Int128 CarriedNanos, bool Held)
{
    public Int128 NetNanos => GrossNanos - CommissionNanos;
}
