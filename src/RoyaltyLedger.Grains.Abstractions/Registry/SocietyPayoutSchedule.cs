using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>A society's payout schedule as stored with its profile; the rules are <see cref="Domain.Registry.PayoutSchedule"/>'s.</summary>
[GenerateSerializer, Immutable, Alias("rl.SocietyPayoutSchedule.v1")]
public sealed record SocietyPayoutSchedule(
    [property: Id(0)] string Frequency,
    [property: Id(1)] int DaysAfterPeriodEnd,
    [property: Id(2)] long MinimumPayoutMinor)
{
    public PayoutSchedule ToDomain() => new(Frequency, DaysAfterPeriodEnd, MinimumPayoutMinor);
}
