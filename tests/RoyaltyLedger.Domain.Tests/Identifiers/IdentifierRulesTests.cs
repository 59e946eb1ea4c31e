using RoyaltyLedger.Domain.Identifiers;

namespace RoyaltyLedger.Domain.Tests.Identifiers;

public class IdentifierRulesTests
{
    private const string Field = "identifiers[0].value";

    [Theory]
    [InlineData(IdentifierScheme.Iswc, "T-034.524.680-1", "T0345246801")]
    [InlineData(IdentifierScheme.Isrc, "US-RC1-76-07839", "USRC17607839")]
    [InlineData(IdentifierScheme.Isbn13, "978-0-306-40615-7", "9780306406157")]
    [InlineData(IdentifierScheme.Isni, "0000 0001 2146 438X", "000000012146438X")]
    [InlineData(IdentifierScheme.Doi, "https://doi.org/10.1000/182", "10.1000/182")]
    [InlineData(IdentifierScheme.IpiNameNumber, "00014107338", "00014107338")]
    [InlineData(IdentifierScheme.Iscc, "iscc:aaat4ebwk27737d2", "ISCC:AAAT4EBWK27737D2")]
    public void TryNormalize_EachScheme_UsesThatScheme(IdentifierScheme scheme, string value, string expected)
    {
        Assert.True(IdentifierRules.TryNormalize(scheme, value, out var normalized), $"{value} should be a valid {scheme}");
        Assert.Equal(expected, normalized);
        Assert.Null(IdentifierRules.Check(Field, scheme, value));
    }

    [Theory]
    [InlineData(IdentifierScheme.Iswc, "T-034.524.680-2", "ISWC: check digit is 2, expected 1")]
    [InlineData(IdentifierScheme.Isrc, "USRC1760783", "ISRC: has 11 characters without hyphens, expected 12")]
    [InlineData(IdentifierScheme.Isbn13, "978-0-306-40615-8", "ISBN-13: check digit is 8, expected 7")]
    [InlineData(IdentifierScheme.Isni, "0000 0001 2103 2684", "ISNI: check character is 4, expected 3")]
    [InlineData(IdentifierScheme.Doi, "10.1000", "DOI: has no '/' between prefix and suffix")]
    [InlineData(IdentifierScheme.IpiNameNumber, "00014107363", "IPI name number: check digits are 63, expected 38")]
    [InlineData(IdentifierScheme.Iscc, "ISCC:AAAT4EBW", "ISCC: has 8 characters after ISCC:, expected 10 to 68")]
    [InlineData(IdentifierScheme.Isni, "T0345246801", "ISNI: has 11 characters without spaces, expected 16")]
    public void Check_EachScheme_NamesSchemeAndReason(IdentifierScheme scheme, string value, string reason)
    {
        var violation = IdentifierRules.Check(Field, scheme, value);
        Assert.Equal(Field, violation?.Field);
        Assert.Equal($"{Field} '{value}' is not a valid {reason}", violation?.Description);
        Assert.False(IdentifierRules.TryNormalize(scheme, value, out _));
    }

    [Fact]
    public void Check_UnknownScheme_NamesFieldAndNumber()
    {
        var violation = IdentifierRules.Check(Field, (IdentifierScheme)0, "T0345246801");
        Assert.Equal($"{Field} has unknown identifier scheme 0", violation?.Description);
        Assert.False(IdentifierRules.TryNormalize((IdentifierScheme)99, "T0345246801", out var normalized));
        Assert.Equal(string.Empty, normalized);
    }

    [Fact]
    public void Check_Missing_IsRequired() =>
        Assert.Equal($"{Field} is required", IdentifierRules.Check(Field, IdentifierScheme.Doi, null)?.Description);

    [Theory]
    [InlineData("iswc", IdentifierScheme.Iswc)]
    [InlineData("ISRC", IdentifierScheme.Isrc)]
    [InlineData("isbn", IdentifierScheme.Isbn13)]
    [InlineData("Isbn13", IdentifierScheme.Isbn13)]
    [InlineData("isni", IdentifierScheme.Isni)]
    [InlineData("DOI", IdentifierScheme.Doi)]
    [InlineData("ipi", IdentifierScheme.IpiNameNumber)]
    [InlineData("IpiNameNumber", IdentifierScheme.IpiNameNumber)]
    [InlineData("iscc", IdentifierScheme.Iscc)]
    public void TryParseScheme_KnownName_ReturnsScheme(string name, IdentifierScheme expected)
    {
        Assert.True(IdentifierRules.TryParseScheme(name, out var scheme), $"{name} should name a scheme");
        Assert.Equal(expected, scheme);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("isbn10")]
    [InlineData(" iswc")]
    [InlineData("ıswc")]
    public void TryParseScheme_UnknownName_IsFalse(string? name)
    {
        Assert.False(IdentifierRules.TryParseScheme(name, out var scheme));
        Assert.Equal(default, scheme);
    }
}
