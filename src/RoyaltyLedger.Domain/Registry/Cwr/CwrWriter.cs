namespace RoyaltyLedger.Domain.Registry.Cwr;

/// <summary>
/// One writer of a work (SWR or OWR) as the file states it. Shares are in CWR's unit, hundredths of a percent
/// (10000 = 100.00 %), which is exactly one basis point: the conversion is the identity, with no rounding.
/// </summary>
public sealed record CwrWriter(
    int Line,
    string RecordType,
    string LastName,
    string FirstName,
    string Designation,
    string IpiNameNumber,
    int PrShareBasisPoints,
    int MrShareBasisPoints,
    int SrShareBasisPoints)
{
    /// <summary>"First Last", or the last name alone.</summary>
    public string DisplayName => FirstName.Length == 0 ? LastName : $"{FirstName} {LastName}";

    /// <summary>The writer designation code as a contributor role, e.g. CA → "composer-author".</summary>
    public string Role => Designation switch
    {
        "" => "writer",
        "A" => "author",
        "C" => "composer",
        "CA" => "composer-author",
        "AR" => "arranger",
        "AD" => "adaptor",
        "TR" => "translator",
        "SA" => "sub-arranger",
        "SR" => "sub-author",
        "PA" => "income-participant",
        _ => Designation.ToLowerInvariant(),
    };
}
