namespace RoyaltyLedger.Domain.StatementProofs;

/// <summary>What a verification found: no failures means every head, entry and line verified.</summary>
public sealed record StatementProofReport(IReadOnlyList<string> Failures, int Heads, int Entries, int Lines)
{
    public bool Verified => Failures.Count == 0;
}
