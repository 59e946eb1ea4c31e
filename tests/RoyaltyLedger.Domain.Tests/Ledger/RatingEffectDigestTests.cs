using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Domain.Tests.Ledger;

/// <summary>The canonical rating effect the log replay is compared by.</summary>
public class RatingEffectDigestTests
{
    private static RatingEffect E(string work, string account, long nanos, string currency = "EUR") => new(work, account, currency, nanos);

    [Fact]
    public void Canonical_LinesInAnyOrderAndSplitAcrossEntries_SameDigest()
    {
        var rounds = RatingEffectDigest.Canonical([E("w-2", "party:a", -5), E("w-1", "operator:o", 10), E("w-1", "operator:o", 5), E("w-1", "party:a", -15)]);
        var replay = RatingEffectDigest.Canonical([E("w-1", "party:a", -15), E("w-2", "party:a", -5), E("w-1", "operator:o", 15)]);

        Assert.Equal(RatingEffectDigest.Hash(rounds), RatingEffectDigest.Hash(replay));
        Assert.Equal(["w-1", "w-1", "w-2"], rounds.Select(r => r.WorkId));
        Assert.Null(RatingEffectDigest.FirstDifference(rounds, replay));
    }

    [Fact]
    public void Canonical_ZeroNets_AreLeftOut()
    {
        var reversed = RatingEffectDigest.Canonical([E("w-1", "party:a", -15), E("w-1", "party:a", 15)]);

        Assert.Empty(reversed);
        Assert.Equal(RatingEffectDigest.Hash([]), RatingEffectDigest.Hash(reversed));
    }

    [Fact]
    public void FirstDifference_OneNanoApart_NamesTheKeyAndBothAmounts()
    {
        var journal = RatingEffectDigest.Canonical([E("w-1", "operator:o", 15), E("w-1", "party:a", -15)]);
        var replay = RatingEffectDigest.Canonical([E("w-1", "operator:o", 15), E("w-1", "party:a", -14), E("w-1", "party:b", -1)]);

        Assert.NotEqual(RatingEffectDigest.Hash(journal), RatingEffectDigest.Hash(replay));
        Assert.Equal(("w-1", "party:a", "EUR", (Int128)(-15), (Int128)(-14)), RatingEffectDigest.FirstDifference(journal, replay));
    }

    [Fact]
    public void FirstDifference_KeyOnOneSideOnly_GivesZeroForTheOther()
    {
        var journal = RatingEffectDigest.Canonical([E("w-1", "party:a", -15)]);
        var replay = RatingEffectDigest.Canonical([E("w-1", "party:a", -15), E("w-1", "party:a", -15, "USD")]);

        Assert.Equal(("w-1", "party:a", "USD", Int128.Zero, (Int128)(-15)), RatingEffectDigest.FirstDifference(journal, replay));
    }

    [Fact]
    public void Hash_FieldBoundaries_AreUnambiguous()
    {
        // Without length prefixes "w-1"+"2x" and "w-12"+"x" would encode alike.
        var a = RatingEffectDigest.Hash([E("w-1", "2x", 1)]);
        var b = RatingEffectDigest.Hash([E("w-12", "x", 1)]);

        Assert.NotEqual(a, b);
        Assert.Equal(64, a.Length);
    }
}
