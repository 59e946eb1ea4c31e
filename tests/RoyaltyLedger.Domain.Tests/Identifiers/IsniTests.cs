using RoyaltyLedger.Domain.Identifiers;

namespace RoyaltyLedger.Domain.Tests.Identifiers;

public class IsniTests
{
    private const string Field = "creator.isni";

    [Theory]
    [InlineData("0000 0001 2103 2683", "0000000121032683")]
    [InlineData("000000012146438X", "000000012146438X")] // The example of Wikipedia, check character X.
    [InlineData("0000 0001 2146 438x", "000000012146438X")]
    [InlineData("0000 0002 9534 656X", "000000029534656X")]
    [InlineData("1422 4586 3573 0476", "1422458635730476")]
    public void TryNormalize_PublishedExample_ReturnsSixteenCharacters(string value, string expected)
    {
        Assert.True(Isni.TryNormalize(value, out var normalized), $"{value} should be a valid ISNI");
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("0000 0001 2103 2684", "check character is 4, expected 3")]
    [InlineData("0000 0000 7368 3510", "check character is 0, expected X")]
    [InlineData("0000000121464380", "check character is 0, expected X")]
    [InlineData("0000 0001 2103 268", "has 15 characters without spaces, expected 16")]
    [InlineData("0000-0001-2103-2683", "has 19 characters without spaces, expected 16")]
    [InlineData("X000000121032683", "contains 'X', expected 15 digits and a check character")]
    [InlineData("000000012103268Y", "check character 'Y' must be 0-9 or X")]
    public void Check_Malformed_NamesFieldValueAndReason(string value, string reason)
    {
        var violation = Isni.Check(Field, value);
        Assert.Equal(Field, violation?.Field);
        Assert.Equal($"{Field} '{value}' is not a valid ISNI: {reason}", violation?.Description);
        Assert.False(Isni.TryNormalize(value, out _));
    }

    [Fact]
    public void TryNormalize_AnySingleDigitChanged_IsFalse()
    {
        const string valid = "0000000121032683";
        for (var position = 0; position < valid.Length; position++)
        {
            foreach (var digit in "0123456789X".Where(d => d != valid[position]))
            {
                var changed = string.Concat(valid.AsSpan(0, position), [digit], valid.AsSpan(position + 1));
                Assert.False(Isni.TryNormalize(changed, out _), $"{changed} differs from {valid} in one character");
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Check_Missing_IsRequired(string? value) =>
        Assert.Equal($"{Field} is required", Isni.Check(Field, value)?.Description);

    [Fact]
    public void Check_Valid_IsNull() => Assert.Null(Isni.Check(Field, "0000 0001 2146 438X"));
}
