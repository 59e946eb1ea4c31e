namespace RoyaltyLedger.Application.Rerate;

/// <summary>Why a work's past uses are rated again; the reason is kept in the adjustment entry's reference.</summary>
public static class RerateReasons
{
    public const string SuspenseMatched = "unidentified uses matched to the work";

    public const string LicenceIssued = "a licence reaching into the past was issued";

    public const string SplitsAmended = "splits amended with a past effective date";

    public const string ClaimSettled = "a claim was settled";

    public const string Requested = "re-rating requested";

    /// <summary>A consent, membership or tariff changed: posts only what a rating made before the change was seen got wrong.</summary>
    public const string RegistryChanged = "a consent, membership or tariff changed";
}
