using RoyaltyLedger.Domain.Payouts;

namespace RoyaltyLedger.Application.Payouts;

/// <summary>
/// A payout cycle to compute: society, currency, the months of use it pays (<see cref="Period"/>, docs/payouts.md),
/// the period's end (Unix ms; the last second of <see cref="Period"/>) and the smallest payment in minor units.
/// <see cref="Period"/> is null only for cycles committed before periods were months, which cut the journal at
/// <see cref="PeriodEndUnixMs"/>.
/// </summary>
public sealed record CycleRequest(string CycleId, string SocietyId, string Currency, long PeriodEndUnixMs, long MinimumPayoutMinor, int CommissionBasisPoints)
{
    public PayoutPeriod? Period { get; init; }
}
