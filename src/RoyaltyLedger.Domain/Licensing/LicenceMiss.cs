namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// The first check a licence failed, in the order they are made. A later check means the licence came
/// closer to covering the use, so the reason given for an unlicensed use is the latest miss of any licence.
/// </summary>
internal enum LicenceMiss
{
    None = 0,
    Use = 1,
    Model = 2,
    Territory = 3,
    Term = 4,
    Licensor = 5,
    Consent = 6,
}
