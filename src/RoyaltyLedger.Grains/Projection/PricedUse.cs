namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// A rated and priced use: its status (licensed, unlicensed, refused), the currency ('' when unpriced), the amount
/// for the work as a whole, why it is not licensed (empty when it is), and each creator's part of the amount.
/// </summary>
internal sealed record PricedUse(string Status, string Currency, long AmountNanos, string Reason, IReadOnlyList<CreatorCredit> Credits);
