namespace RoyaltyLedger.Domain.Payouts;

/// <summary>
/// The sum of a member's party-account lines of one month of use (<see cref="Period"/>, "" for lines without one),
/// split by whether their entries were recorded after the society's last cycle in the currency
/// (<see cref="SinceLastCycle"/>). As the journal holds it: credits are negative.
/// </summary>
public readonly record struct PeriodSum(string PartyId, string Period, bool SinceLastCycle, Int128 AccountSumNanos);
