namespace RoyaltyLedger.Domain.Payouts;

/// <summary>
/// A cycle's totals, in nanos of its currency. They reconcile exactly:
/// <c>Paid + Commission + Carried + Held = Payable</c>, where Carried is the sub-minor-unit remainder of paid members
/// and Held is the whole balance of members under the minimum.
/// </summary>
public sealed record PayoutSummary(
    string Currency,
    Int128 PayableNanos,
    Int128 PaidNanos,
    Int128 PaidMinor,
    Int128 CommissionNanos,
    Int128 CarriedNanos,
    Int128 HeldNanos,
    int PartiesPaid,
    int PartiesHeld);
