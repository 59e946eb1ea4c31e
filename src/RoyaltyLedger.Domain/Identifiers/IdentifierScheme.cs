namespace RoyaltyLedger.Domain.Identifiers;

/// <summary>The public identifier schemes a work, recording or party may carry. Values are stable wire numbers.</summary>
public enum IdentifierScheme
{
    Iswc = 1,
    Isrc = 2,
    Isbn13 = 3,
    Isni = 4,
    Doi = 5,
    IpiNameNumber = 6,
    Iscc = 7,
}
