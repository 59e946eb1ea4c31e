namespace RoyaltyLedger.Domain.Identifiers;

/// <summary>One public identifier of a work, held in the normalized form of its scheme.</summary>
public sealed record WorkIdentifier(IdentifierScheme Scheme, string Value);
