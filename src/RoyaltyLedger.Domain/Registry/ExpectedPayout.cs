namespace RoyaltyLedger.Domain.Registry;

/// <summary>A payout to come: the months of use it pays ("yyyy-MM", inclusive) and the day it is expected (UTC).</summary>
public sealed record ExpectedPayout(string FirstMonth, string LastMonth, DateOnly ExpectedOn);
