using RoyaltyLedger.Domain.Licensing;
using static RoyaltyLedger.Domain.Tests.Licensing.LicensingFacts;

namespace RoyaltyLedger.Domain.Tests.Licensing;

/// <summary>The contributors whose consent counts are those of the split in force when the use happened.</summary>
public class LicenceEvaluatorSplitTests
{
    /// <summary>c-1 alone from 2025-01-01; c-1 and c-2 from 2026-06-01.</summary>
    private static readonly SplitHistory SoloThenDuo =
        SplitHistory.Create(Work, [Split(Day(2025, 1, 1), "c-1"), Split(Day(2026, 6, 1), "c-1", "c-2")]);

    [Fact]
    public void Evaluate_UseBeforeSplitChange_UsesOldContributors()
    {
        var snapshot = Snapshot([CatalogueLicence("L-cat")], [Grant("c-1")], SoloThenDuo);
        Assert.Equal(new Covered("L-cat", Tokens, null, false), Check(snapshot, Use(at: Day(2026, 5, 31))));
    }

    [Fact]
    public void Evaluate_UseFromSplitChange_UsesNewContributors()
    {
        var snapshot = Snapshot([CatalogueLicence("L-cat")], [Grant("c-1")], SoloThenDuo);
        Assert.Equal(new Unlicensed("no consent from creator c-2 for training by operator op-1 under licence L-cat"),
            Check(snapshot, Use(at: Day(2026, 6, 1))));
    }

    [Fact]
    public void Evaluate_RefusalByLaterContributor_DoesNotReachEarlierUses()
    {
        var snapshot = Snapshot([CatalogueLicence("L-cat")], [Grant("c-1"), Refuse("c-2")], SoloThenDuo);
        Assert.IsType<Covered>(Check(snapshot, Use(at: Day(2026, 5, 31))));
        Assert.Equal("c-2", Assert.IsType<Refused>(Check(snapshot, Use(at: Day(2026, 6, 1)))).CreatorId);
    }

    [Fact]
    public void Evaluate_UseBeforeFirstSplit_IsUnlicensed()
    {
        var snapshot = Snapshot([CatalogueLicence("L-cat") with { Retroactive = true }], [Grant("c-1")], SoloThenDuo);
        Assert.Equal(new Unlicensed("work w-1 has no split in force on 2024-12-31; its first split is effective from 2025-01-01"),
            Check(snapshot, Use(at: Day(2024, 12, 31))));
    }

    [Fact]
    public void Evaluate_CoveredUse_ReturnsTheSameDecisionAndAllocatesNothing()
    {
        var snapshot = Snapshot([DirectLicence("L-2"), CatalogueLicence("L-cat")], [Grant("c-1"), Grant("c-2")], SoloThenDuo);
        var use = Use();
        var first = Check(snapshot, use);
        for (var i = 0; i < 100; i++)
        {
            Check(snapshot, use);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            Assert.Same(first, Check(snapshot, use));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(new Covered("L-2", Tokens, null, false), first);
    }

    [Fact]
    public void Evaluate_UnlicensedUse_AllocatesOneSmallObjectAndWritesItsReasonOnceWhenRead()
    {
        var snapshot = Snapshot([DirectLicence("L-2") with { EndsAt = Day(2026, 6, 30) }], [Grant("c-1"), Grant("c-2")], SoloThenDuo);
        var use = Use(at: Day(2026, 7, 2));
        Check(snapshot, use);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var decision = Assert.IsType<Unlicensed>(Check(snapshot, use));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.InRange(allocated, 1, 64);
        Assert.Equal("licence L-2 expired on 2026-06-30; use on 2026-07-02", decision.Reason);
        Assert.Same(decision.Reason, decision.Reason);
        Assert.Equal(new Unlicensed("licence L-2 expired on 2026-06-30; use on 2026-07-02").GetHashCode(), decision.GetHashCode());
    }
}
