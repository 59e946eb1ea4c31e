namespace RoyaltyLedger.Domain.Registry;

/// <summary>What one licence permits: one operator's uses of a work at a tariff. No uses listed means every use.</summary>
public sealed record LicenceTerms(string LicenceId, string OperatorId, IReadOnlyList<UseKind> Uses, Tariff Tariff)
{
    public bool Covers(string operatorId, UseKind use) =>
        string.Equals(OperatorId, operatorId, StringComparison.Ordinal)
        && (Uses.Count == 0 || Uses.Contains(use));
}
