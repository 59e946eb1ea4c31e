using RoyaltyLedger.Domain.Identifiers;

namespace RoyaltyLedger.Domain.Tests.Identifiers;

public class IswcTests
{
    private const string Field = "identifiers[0].value";

    [Theory]
    [InlineData("T-034.524.680-1", "T0345246801")] // The worked example of ISO 15707 as quoted by Wikipedia.
    [InlineData("T0345246801", "T0345246801")]
    [InlineData("T-000.000.001-0", "T0000000010")] // The first ISWC ever assigned, "Dancing Queen".
    [InlineData("t-034524680-1", "T0345246801")]
    public void TryNormalize_PublishedExample_ReturnsCompactForm(string value, string expected)
    {
        Assert.True(Iswc.TryNormalize(value, out var normalized), $"{value} should be a valid ISWC");
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("T-034.524.680-2", "check digit is 2, expected 1")]
    [InlineData("T-034.524.68-1", "has 9 digits after T, expected 10")]
    [InlineData("T-034.524.680-11", "has 11 digits after T, expected 10")]
    [InlineData("0345246801", "expected T followed by 10 digits")]
    [InlineData("-.-", "expected T followed by 10 digits")]
    [InlineData("T 034 524 680 1", "contains ' ', expected T followed by 10 digits")]
    [InlineData("T-034/524/680-1", "contains '/', expected T followed by 10 digits")]
    [InlineData("T-٠٣٤.524.680-1", "contains '٠', expected T followed by 10 digits")]
    public void Check_Malformed_NamesFieldValueAndReason(string value, string reason)
    {
        var violation = Iswc.Check(Field, value);
        Assert.Equal(Field, violation?.Field);
        Assert.Equal($"{Field} '{value}' is not a valid ISWC: {reason}", violation?.Description);
        Assert.False(Iswc.TryNormalize(value, out var normalized));
        Assert.Equal(string.Empty, normalized);
    }

    [Fact]
    public void Check_ControlCharacter_IsNeverPrinted()
    {
        var violation = Iswc.Check(Field, "T034\u0007524680-1");
        Assert.Equal($"{Field} 'T034?524680-1' is not a valid ISWC: contains '?', expected T followed by 10 digits",
            violation?.Description);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Check_Missing_IsRequired(string? value)
    {
        Assert.Equal($"{Field} is required", Iswc.Check(Field, value)?.Description);
        Assert.False(Iswc.TryNormalize(value, out _));
    }

    [Fact]
    public void Check_Valid_IsNull() => Assert.Null(Iswc.Check(Field, "T-034.524.680-1"));
}
