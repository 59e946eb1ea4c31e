using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Tests.Removals;

public class RemovalIdsTests
{
    [Fact]
    public void RefusedUseDemand_ShortIdsWithoutColons_IsReadable()
    {
        Assert.Equal("refused:song-1:model-7", RemovalIds.RefusedUseDemand("song-1", "model-7"));
    }

    [Fact]
    public void RefusedUseDemand_IdsThatWouldReadAlike_AreHashedApart()
    {
        // Read literally, both pairs would be "refused:a:b:c".
        var first = RemovalIds.RefusedUseDemand("a:b", "c");
        var second = RemovalIds.RefusedUseDemand("a", "b:c");

        Assert.NotEqual(first, second);
        Assert.All([first, second], id => Assert.Matches("^refused:[0-9a-f]{40}$", id));
        Assert.Equal(first, RemovalIds.RefusedUseDemand("a:b", "c"));
    }

    [Fact]
    public void RefusedUseDemand_LongestIds_IsAValidIdAtTheLimit()
    {
        var fits = RemovalIds.RefusedUseDemand(new string('w', 27), new string('m', 28));
        var hashed = RemovalIds.RefusedUseDemand(new string('w', 64), new string('m', 64));

        Assert.Equal((EntityIds.MaxLength, true), (fits.Length, fits.StartsWith("refused:" + new string('w', 27) + ":", StringComparison.Ordinal)));
        Assert.Equal(48, RemovalIds.RefusedUseDemand(new string('w', 27), new string('m', 29)).Length);
        Assert.True(EntityIds.IsValid(hashed));
        Assert.Equal(48, hashed.Length);
    }

    [Fact]
    public void RefusedUseDemand_LaterNumbers_ReadableWithTheNumberOrHashedApartFromTheFirst()
    {
        var second = RemovalIds.RefusedUseDemand("song-1", "model-7", 2);
        var hashedFirst = RemovalIds.RefusedUseDemand("a:b", "c");
        var hashedSecond = RemovalIds.RefusedUseDemand("a:b", "c", 2);
        var tooLong = RemovalIds.RefusedUseDemand(new string('w', 27), new string('m', 28), 2);

        Assert.Equal(("refused:song-1:model-7:2", "refused:song-1:model-7"), (second, RemovalIds.RefusedUseDemand("song-1", "model-7", 1)));
        Assert.NotEqual(hashedFirst, hashedSecond);
        Assert.All([hashedSecond, tooLong], id => Assert.Matches("^refused:[0-9a-f]{40}$", id));
        Assert.Throws<ArgumentOutOfRangeException>(() => RemovalIds.RefusedUseDemand("song-1", "model-7", 0));
    }
}
