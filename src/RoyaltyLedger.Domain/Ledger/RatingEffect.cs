namespace RoyaltyLedger.Domain.Ledger;

/// <summary>
/// What the rating of a work's uses did to one account in one currency: the net of every usage and adjustment line
/// the journal holds (or a replay of the log computes) for that work, account and currency, in nanos.
/// </summary>
public readonly record struct RatingEffect(string WorkId, string Account, string Currency, Int128 AmountNanos);
