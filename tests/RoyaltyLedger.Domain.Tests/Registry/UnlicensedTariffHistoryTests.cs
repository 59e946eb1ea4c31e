using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Tests.Registry;

/// <summary>Societies and their unlicensed tariffs as they stood at a use's time.</summary>
public class UnlicensedTariffHistoryTests
{
    private static readonly DateTimeOffset Joined = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Changed = new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

    private static Tariff Price(long micros) => new("EUR", micros, 1_000_000, "tokens");

    private static RecordedSocietyTariff Set(string society, long micros, DateTimeOffset at, long sequence) =>
        new(society, UseKind.Output, Price(micros), at, sequence);

    [Fact]
    public void TariffAt_AtBeforeAndAfterAChange_FirstReachesBackAndTheChangeAppliesFromItsInstant()
    {
        var history = UnlicensedTariffHistory.Create([], [Set("s-a", 1_000_000, Joined, 1), Set("s-a", 2_500_000, Changed, 2)]);

        Assert.Equal(1_000_000, history.TariffAt("s-a", UseKind.Output, "tokens", Joined.AddYears(-5))!.PriceMicros);
        Assert.Equal(1_000_000, history.TariffAt("s-a", UseKind.Output, "tokens", Changed.AddTicks(-1))!.PriceMicros);
        Assert.Equal(2_500_000, history.TariffAt("s-a", UseKind.Output, "tokens", Changed)!.PriceMicros);
        Assert.Null(history.TariffAt("s-a", UseKind.Training, "tokens", Changed));
        Assert.Null(history.TariffAt("s-a", UseKind.Output, "images", Changed));
    }

    [Fact]
    public void TariffAt_TwoSetAtTheSameInstant_TheHigherSequenceWins()
    {
        var history = UnlicensedTariffHistory.Create([],
            [Set("s-a", 1_000_000, Joined, 1), Set("s-a", 3_000_000, Changed, 9), Set("s-a", 2_000_000, Changed, 8)]);

        Assert.Equal(3_000_000, history.TariffAt("s-a", UseKind.Output, "tokens", Changed)!.PriceMicros);
    }

    [Fact]
    public void SocietyAt_FirstMembershipReachesBack_ALaterOneAppliesFromWhenRecorded()
    {
        var history = UnlicensedTariffHistory.Create(
            [new SocietyMembership("c-1", "s-b", Joined), new SocietyMembership("c-1", "s-a", Changed)], []);

        Assert.Equal("s-b", history.SocietyAt("c-1", Joined.AddYears(-1)));
        Assert.Equal("s-b", history.SocietyAt("c-1", Changed.AddTicks(-1)));
        // From the second membership on, the society whose id sorts first prices the creator's share.
        Assert.Equal("s-a", history.SocietyAt("c-1", Changed));
        Assert.Null(history.SocietyAt("c-2", Changed));
    }

    [Fact]
    public void SocietyAt_TwoMembershipsAtTheSameInstant_BothReachBackOrNeitherByLowestId()
    {
        var history = UnlicensedTariffHistory.Create(
            [new SocietyMembership("c-1", "s-z", Joined), new SocietyMembership("c-1", "s-m", Joined)], []);

        // s-m sorts first, so it is the first membership and reaches back; s-z applies from the instant both were recorded.
        Assert.Equal("s-m", history.SocietyAt("c-1", Joined.AddDays(-1)));
        Assert.Equal("s-m", history.SocietyAt("c-1", Joined));
    }

    [Fact]
    public void InForceAt_NoVersionAtOrBefore_IsNull()
    {
        EffectiveDated<string>[] versions = [new("a", Changed, 1)];

        Assert.Null(EffectiveDating.InForceAt(versions, Changed.AddTicks(-1)));
        Assert.Equal("a", EffectiveDating.InForceAt(versions, Changed)!.Value.Value);
    }
}
