namespace RoyaltyLedger.Application.Projection;

/// <summary>A public identifier of a work as stored in <c>work_identifiers</c>: a lower-case scheme name and the normalized value.</summary>
public readonly record struct WorkRef(string Scheme, string Value);
