namespace RoyaltyLedger.Domain.Rsl;

/// <summary>An element, attribute or token of the RSL document that the import did not turn into licence terms, and why.</summary>
public sealed record RslUnmapped(string Path, string Reason);
