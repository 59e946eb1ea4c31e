namespace RoyaltyLedger.Application.Journal;

/// <summary>
/// A creator's or rightsholder's money in one currency, as the journal holds it, in nanos and as owed to the party
/// (positive): what its uses accrued when rated, what re-ratings of past uses added or took back, what its society's
/// payouts charged and paid, what stays owed, and its claims (unlicensed uses not yet settled, never paid).
/// <c>Accrued + Adjustments - Commission - Paid = Owed</c>.
/// </summary>
public sealed record PartyAccount(
    string Currency,
    Int128 AccruedNanos,
    Int128 AdjustmentsNanos,
    Int128 CommissionNanos,
    Int128 PaidNanos,
    Int128 PaidMinor,
    Int128 OwedNanos,
    Int128 ClaimsNanos);
