namespace RoyaltyLedger.Application.Payouts;

/// <summary>What a society asks a payout cycle for; the commission comes from the society's registration.</summary>
public sealed record PayoutCycleTerms(string CycleId, string SocietyId, string Currency, long PeriodEndUnixMs, long MinimumPayoutMinor);
