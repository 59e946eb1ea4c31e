namespace RoyaltyLedger.Domain.Money;

/// <summary>A party's weight in an allocation, e.g. a contributor's basis points.</summary>
public readonly record struct Share(string PartyId, long Weight);
