namespace RoyaltyLedger.Application.Payouts;

/// <summary>A payout cycle to compute: society, currency, the period's end (Unix ms) and the smallest payment in minor units.</summary>
public sealed record CycleRequest(string CycleId, string SocietyId, string Currency, long PeriodEndUnixMs, long MinimumPayoutMinor, int CommissionBasisPoints);
