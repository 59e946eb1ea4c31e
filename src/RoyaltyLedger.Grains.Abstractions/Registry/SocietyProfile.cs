namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>
/// A collecting society, the commission it deducts from its members' payouts, and when it pays them (null: no
/// schedule published; societies registered before schedules existed read back so).
/// </summary>
[GenerateSerializer, Immutable, Alias("rl.SocietyProfile.v1")]
public sealed record SocietyProfile(
    [property: Id(0)] string SocietyId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] int CommissionBasisPoints,
    [property: Id(3)] SocietyPayoutSchedule? PayoutSchedule = null);
