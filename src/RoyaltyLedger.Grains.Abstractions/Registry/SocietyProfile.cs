namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>A collecting society and the commission it deducts from its members' payouts.</summary>
[GenerateSerializer, Immutable, Alias("rl.SocietyProfile.v1")]
public sealed record SocietyProfile(
    [property: Id(0)] string SocietyId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] int CommissionBasisPoints);
