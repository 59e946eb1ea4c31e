using CsCheck;
using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Domain.Tests.Money;

public class AllocationTests
{
    [Fact]
    public void LargestRemainder_EvenSplit_GivesEqualParts()
    {
        var parts = Allocation.LargestRemainder(100, [new("a", 5_000), new("b", 5_000)]);
        Assert.Equal([50L, 50L], parts);
    }

    [Fact]
    public void LargestRemainder_ThreeWayTie_GivesLeftoverToLowestPartyIds()
    {
        // 100 / 3 = 33 r 1: every remainder is equal, so the unit goes to the id that sorts first.
        var parts = Allocation.LargestRemainder(100, [new("c", 1), new("a", 1), new("b", 1)]);
        Assert.Equal([33L, 34L, 33L], parts);
    }

    [Fact]
    public void LargestRemainder_UnequalRemainders_GivesLeftoverToLargestRemainder()
    {
        // 10 × 6000/10000 = 6.0, 10 × 2500/10000 = 2.5, 10 × 1500/10000 = 1.5: one unit left, tie at .5 → "b" before "c".
        var parts = Allocation.LargestRemainder(10, [new("a", 6_000), new("c", 1_500), new("b", 2_500)]);
        Assert.Equal([6L, 1L, 3L], parts);
    }

    [Fact]
    public void LargestRemainder_ZeroTotal_GivesZeroParts()
    {
        Assert.Equal([0L, 0L], Allocation.LargestRemainder(0, [new("a", 1), new("b", 9_999)]));
    }

    [Fact]
    public void LargestRemainder_NoShares_Throws()
    {
        Assert.Throws<ArgumentException>(() => Allocation.LargestRemainder(1, []));
    }

    [Fact]
    public void LargestRemainder_AnyTotalAndWeights_PartsSumToTotalAndDifferFromExactByLessThanOne()
    {
        var gen = Gen.Select(
            Gen.Long[0, long.MaxValue / 2],
            Gen.Int[1, 12].SelectMany(n => Gen.Int[1, 10_000].Array[n]));
        gen.Sample((total, weights) =>
        {
            var shares = weights.Select((w, i) => new Share($"p{i:D2}", w)).ToArray();
            var parts = Allocation.LargestRemainder(total, shares);
            Int128 weightSum = weights.Sum(w => (long)w);
            var sumMatches = parts.Aggregate(Int128.Zero, (acc, p) => acc + p) == total;
            var closeToExact = parts.Select((p, i) => (Int128)p * weightSum - (Int128)total * weights[i])
                .All(diff => Int128.Abs(diff) < weightSum);
            return sumMatches && closeToExact;
        }, seed: "0N0XIzNsQ0O2", iter: 2_000);
    }

    [Fact]
    public void LargestRemainder_ShuffledShares_GiveEachPartyTheSameAmount()
    {
        var gen = Gen.Select(Gen.Long[0, 1_000_000_000], Gen.Int[2, 8].SelectMany(n => Gen.Int[1, 100].Array[n]));
        gen.Sample((total, weights) =>
        {
            var shares = weights.Select((w, i) => new Share($"p{i}", w)).ToArray();
            var forward = Allocation.LargestRemainder(total, shares);
            var reversed = Allocation.LargestRemainder(total, shares.Reverse().ToArray()).Reverse().ToArray();
            return forward.SequenceEqual(reversed);
        }, seed: "0N0XIzNsQ0O2", iter: 1_000);
    }
}
