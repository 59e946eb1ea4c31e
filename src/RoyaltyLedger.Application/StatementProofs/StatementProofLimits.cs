namespace RoyaltyLedger.Application.StatementProofs;

/// <summary>The bounds of a statement with proofs (docs/statement-proofs.md).</summary>
public static class StatementProofLimits
{
    /// <summary>
    /// Journal entries one statement with proofs cites at most. Each is carried whole (up to 100,000 lines), so a
    /// statement citing more must be asked for fewer months (--from/--to); the error says how many it would cite.
    /// </summary>
    public const int MaxCitedEntries = 1_000;
}
