using RoyaltyLedger.Domain.Removals;

namespace RoyaltyLedger.Domain.Tests.Removals;

public class RemovalRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private const string Expected = "expected the SHA-256 of what was removed as 64 hexadecimal characters";

    [Theory]
    [InlineData("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    [InlineData("9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08")]
    public void CheckContentHash_SixtyFourHexDigitsEitherCase_IsNull(string hash)
    {
        Assert.Null(RemovalRules.CheckContentHash("content_hash_hex", hash));
    }

    [Fact]
    public void CheckContentHash_OneCharacterShortOrLong_NamesTheLength()
    {
        var atLimit = new string('a', RemovalLimits.ContentHashHexLength);

        Assert.Null(RemovalRules.CheckContentHash("h", atLimit));
        Assert.Equal($"h '{atLimit[..63]}' is 63 characters long; {Expected}", RemovalRules.CheckContentHash("h", atLimit[..63])!.Description);
        Assert.Equal($"h '{atLimit}a' is 65 characters long; {Expected}", RemovalRules.CheckContentHash("h", atLimit + "a")!.Description);
    }

    [Fact]
    public void CheckContentHash_NonHexDigitOrMissing_NamesTheCharacterOrTheField()
    {
        var withG = new string('0', 40) + "g" + new string('0', 23);

        Assert.Equal(("content_hash_hex", $"content_hash_hex '{withG}' holds 'g' at index 40, not a hexadecimal digit; {Expected}"),
            (RemovalRules.CheckContentHash("content_hash_hex", withG)!.Field, RemovalRules.CheckContentHash("content_hash_hex", withG)!.Description));
        Assert.Equal("content_hash_hex is required: the SHA-256 of what was removed, 64 hexadecimal characters",
            RemovalRules.CheckContentHash("content_hash_hex", "")!.Description);
    }

    [Fact]
    public void CheckRemovedAt_NowIsAcceptedAndOneMillisecondLaterIsNot()
    {
        Assert.Null(RemovalRules.CheckRemovedAt("removed_at", Now, Now));
        Assert.Equal("removed_at 2026-11-28T10:00:00.001Z is in the future (now is 2026-11-28T10:00:00Z); attest a removal once it is done",
            RemovalRules.CheckRemovedAt("removed_at", Now.AddMilliseconds(1), Now)!.Description);
    }

    [Fact]
    public void CheckRemovedAt_MissingOrAtTheEpoch_NamesIt()
    {
        Assert.Equal("removed_at is required: when the work was removed", RemovalRules.CheckRemovedAt("removed_at", null, Now)!.Description);
        Assert.Equal("removed_at 1970-01-01T00:00:00Z is not after 1970-01-01T00:00:00Z",
            RemovalRules.CheckRemovedAt("removed_at", DateTimeOffset.UnixEpoch, Now)!.Description);
        Assert.Null(RemovalRules.CheckRemovedAt("removed_at", DateTimeOffset.UnixEpoch.AddMilliseconds(1), Now));
    }

    [Theory]
    [InlineData(RemovalStates.Open, 0, "open")]
    [InlineData(RemovalStates.Attested, 0, "attested")]
    [InlineData(RemovalStates.Attested, 1, "violated")]
    [InlineData(RemovalStates.Withdrawn, 0, "withdrawn")]
    public void Shown_StoredStateAndUsesAfter_ViolatedOnlyOnceAttestedAndUsed(string stored, long uses, string shown)
    {
        Assert.Equal(shown, RemovalStates.Shown(stored, uses));
    }
}
