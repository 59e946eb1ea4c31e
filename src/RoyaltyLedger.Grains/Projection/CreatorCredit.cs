namespace RoyaltyLedger.Grains.Projection;

/// <summary>One creator's part of a priced use; zero for uses that are not paid.</summary>
internal readonly record struct CreatorCredit(string CreatorId, long AmountNanos);
