namespace RoyaltyLedger.Domain.Registry;

/// <summary>A creator's membership of a collecting society, from the time the registry recorded it.</summary>
public sealed record SocietyMembership(string CreatorId, string SocietyId, DateTimeOffset JoinedAt);
