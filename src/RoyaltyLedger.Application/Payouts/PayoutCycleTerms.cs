using RoyaltyLedger.Domain.Payouts;

namespace RoyaltyLedger.Application.Payouts;

/// <summary>
/// What a society asks a payout cycle for; the commission comes from the society's registration. A commit that would
/// pay nothing is refused unless <see cref="AllowEmpty"/>: it would use up the cycle id and close its months. A null
/// <see cref="MinimumPayoutMinor"/> is the society's payout schedule's minimum.
/// </summary>
public sealed record PayoutCycleTerms(string CycleId, string SocietyId, string Currency, PayoutPeriod Period, long? MinimumPayoutMinor)
{
    public bool AllowEmpty { get; init; }
}
