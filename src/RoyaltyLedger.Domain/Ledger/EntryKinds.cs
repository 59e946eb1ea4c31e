namespace RoyaltyLedger.Domain.Ledger;

/// <summary>The kinds of journal entry.</summary>
public static class EntryKinds
{
    /// <summary>Uses rated as they were projected from the usage log.</summary>
    public const string Usage = "usage";

    /// <summary>The difference a re-rating of past uses found (a retroactive licence, a settled claim, a match, a split correction).</summary>
    public const string Adjustment = "adjustment";

    /// <summary>Whether an entry's lines count towards what a work's uses are rated at (usage and adjustments do, payouts do not).</summary>
    public static bool IsRating(string kind) => kind is Usage or Adjustment;
}
