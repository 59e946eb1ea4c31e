namespace RoyaltyLedger.Domain.Registry;

/// <summary>Finds the licence that covers a use. When several do, the one with the lowest id wins, so the answer never depends on order.</summary>
public static class LicenceCheck
{
    public static LicenceTerms? Find(IEnumerable<LicenceTerms> licences, string operatorId, UseKind use)
    {
        ArgumentNullException.ThrowIfNull(licences);
        LicenceTerms? best = null;
        foreach (var licence in licences)
        {
            if (licence.Covers(operatorId, use)
                && (best is null || string.CompareOrdinal(licence.LicenceId, best.LicenceId) < 0))
            {
                best = licence;
            }
        }

        return best;
    }
}
