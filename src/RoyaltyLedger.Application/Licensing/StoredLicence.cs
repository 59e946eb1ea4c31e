namespace RoyaltyLedger.Application.Licensing;

/// <summary>
/// A granted licence as stored: the terms as JSON (written by the grains layer) and the columns used to find it.
/// <see cref="WorkIds"/> is empty for a catalogue licence, which covers the works of its rightsholder licensor.
/// </summary>
public sealed record StoredLicence(
    string LicenceId,
    string OperatorId,
    string LicensorKind,
    string LicensorId,
    IReadOnlyList<string> WorkIds,
    long GrantedAtUnixMs,
    string TermsJson)
{
    public bool IsCatalogue => WorkIds.Count == 0;
}
