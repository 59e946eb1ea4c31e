using RoyaltyLedger.Domain.Identifiers;

namespace RoyaltyLedger.Domain.Tests.Identifiers;

public class IsrcTests
{
    private const string Field = "recordings[2].isrc";

    [Theory]
    [InlineData("USRC17607839", "USRC17607839")]
    [InlineData("US-RC1-76-07839", "USRC17607839")]
    [InlineData("GBEMI0300013", "GBEMI0300013")]
    [InlineData("US-S1Z-09-00001", "USS1Z0900001")] // The example of the US ISRC agency.
    [InlineData("usrc17607839", "USRC17607839")] // The ISRC Agency reads lower case as upper case.
    public void TryNormalize_PublishedExample_ReturnsCompactUpperCase(string value, string expected)
    {
        Assert.True(Isrc.TryNormalize(value, out var normalized), $"{value} should be a valid ISRC");
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("USRC1760783", "has 11 characters without hyphens, expected 12")]
    [InlineData("USRC176078390", "has 13 characters without hyphens, expected 12")]
    [InlineData("US RC1 76 07839", "has 15 characters without hyphens, expected 12")]
    [InlineData("U1RC17607839", "country code 'U1' must be 2 letters")]
    [InlineData("ÜSRC17607839", "country code 'ÜS' must be 2 letters")]
    [InlineData("USR_17607839", "registrant code 'R_1' must be 3 letters or digits")]
    [InlineData("USſC17607839", "registrant code 'ſC1' must be 3 letters or digits")]
    [InlineData("USRC17A07839", "year of reference '7A' must be 2 digits")]
    [InlineData("USRC1760783X", "designation code '0783X' must be 5 digits")]
    public void Check_Malformed_NamesFieldValueAndReason(string value, string reason)
    {
        var violation = Isrc.Check(Field, value);
        Assert.Equal(Field, violation?.Field);
        Assert.Equal($"{Field} '{value}' is not a valid ISRC: {reason}", violation?.Description);
        Assert.False(Isrc.TryNormalize(value, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Check_Missing_IsRequired(string? value) =>
        Assert.Equal($"{Field} is required", Isrc.Check(Field, value)?.Description);

    [Fact]
    public void Check_Valid_IsNull() => Assert.Null(Isrc.Check(Field, "US-RC1-76-07839"));
}
