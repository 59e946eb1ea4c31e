namespace RoyaltyLedger.Domain.Ledger;

/// <summary>The kinds of journal entry.</summary>
public static class EntryKinds
{
    /// <summary>Uses rated as they were projected from the usage log.</summary>
    public const string Usage = "usage";

    /// <summary>The difference a re-rating of past uses found (a retroactive licence, a settled claim, a match, a split correction).</summary>
    public const string Adjustment = "adjustment";

    /// <summary>A request that an operator remove a work from a model or from all its models (README "Removal with evidence").</summary>
    public const string RemovalRequest = "removal-request";

    /// <summary>An operator's attestation, with evidence, that it removed the work a removal request names.</summary>
    public const string RemovalAttestation = "removal-attestation";

    /// <summary>The withdrawal of an open removal request by a creator of the work, their society or an admin.</summary>
    public const string RemovalWithdrawal = "removal-withdrawal";

    /// <summary>Whether an entry's lines count towards what a work's uses are rated at (usage and adjustments do, payouts do not).</summary>
    public static bool IsRating(string kind) => kind is Usage or Adjustment;

    /// <summary>
    /// Whether entries of the kind are records: facts the hash chain makes tamper-evident that move no money, so they
    /// hold no lines (their reference says what they record). Every other kind moves money and posts at least one line.
    /// The record kinds are <see cref="RemovalRequest"/>, <see cref="RemovalAttestation"/> and <see cref="RemovalWithdrawal"/>.
    /// </summary>
    public static bool IsRecord(string kind) => kind is RemovalRequest or RemovalAttestation or RemovalWithdrawal;
}
