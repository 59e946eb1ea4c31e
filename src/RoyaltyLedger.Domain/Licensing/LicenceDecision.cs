namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// The answer to "may this use of this work happen, and on what terms": <see cref="Covered"/>,
/// <see cref="Unlicensed"/> or <see cref="Refused"/>. The set is closed: no other assembly can add a case.
/// </summary>
public abstract record LicenceDecision
{
    private protected LicenceDecision()
    {
    }
}
