namespace RoyaltyLedger.Domain.Ledger;

/// <summary>The bounds a journal entry stays within; <see cref="JournalDraftRules"/> checks them.</summary>
public static class JournalLimits
{
    /// <summary>
    /// Lines one entry may hold. It bounds what one entry costs to hash, store and send: at most about 22 MB on the
    /// wire, which is why the ledger's read API sends up to this many lines per page.
    /// </summary>
    public const int MaxLinesPerEntry = 100_000;

    /// <summary>Characters of an entry's kind, e.g. "usage".</summary>
    public const int MaxKindLength = 32;

    /// <summary>
    /// Characters of an entry's reference, what the entry derives from. A projection round's usage entry names its log
    /// rows as ranges: at most 500 rows, about 6,500 characters when no two are adjacent.
    /// </summary>
    public const int MaxReferenceLength = 8_192;

    /// <summary>Characters of an account name: "claimed:" (the longest kind) and a 64-character party id fit.</summary>
    public const int MaxAccountLength = 80;
}
