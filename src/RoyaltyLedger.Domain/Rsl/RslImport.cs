using System.Collections.Immutable;

namespace RoyaltyLedger.Domain.Rsl;

/// <summary>
/// What an RSL document gave: the content element read, the licence terms of each of its licenses that the ledger can
/// price, and every element, attribute or token that it could not map (a license whose payment cannot be priced per
/// use is left out whole and reported here).
/// </summary>
public sealed record RslImport(string ContentUrl, ImmutableArray<RslLicenceTerms> Terms, ImmutableArray<RslUnmapped> Unmapped);
