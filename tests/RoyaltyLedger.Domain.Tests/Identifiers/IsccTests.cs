using RoyaltyLedger.Domain.Identifiers;

namespace RoyaltyLedger.Domain.Tests.Identifiers;

public class IsccTests
{
    private const string Field = "identifiers[4].value";

    [Theory]
    [InlineData("ISCC:AAAT4EBWK27737D2", "ISCC:AAAT4EBWK27737D2")] // A Meta-Code from the iscc-core README.
    [InlineData("ISCC:KACT4EBWK27737D2AYCJRAL5Z36G76RFRMO4554RU26HZ4ORJGIVHDI",
        "ISCC:KACT4EBWK27737D2AYCJRAL5Z36G76RFRMO4554RU26HZ4ORJGIVHDI")]
    [InlineData("iscc:maagztfqttvizpjr", "ISCC:MAAGZTFQTTVIZPJR")] // Accepted by iscc_normalize.
    [InlineData("Iscc:Maagztfqttvizpjr", "ISCC:MAAGZTFQTTVIZPJR")]
    [InlineData("ISCC:EAAJHFKU6M", "ISCC:EAAJHFKU6M")] // A 32-bit Text-Code, the shortest canonical form.
    public void TryNormalize_PublishedExample_ReturnsUpperCase(string value, string expected)
    {
        Assert.True(Iscc.TryNormalize(value, out var normalized), $"{value} should be a valid ISCC");
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("AAAT4EBWK27737D2", "expected ISCC: followed by base32 characters")]
    [InlineData("ISCC", "expected ISCC: followed by base32 characters")]
    [InlineData("ISCC:AAAT4EBWK27737D1", "contains '1', expected only letters A-Z and digits 2-7 after ISCC:")]
    [InlineData("ISCC:AAAT4EBWK27737D=", "contains '=', expected only letters A-Z and digits 2-7 after ISCC:")]
    [InlineData("ISCC:AAAT-4EBWK27737D2", "contains '-', expected only letters A-Z and digits 2-7 after ISCC:")]
    [InlineData("ISCC:ſAAT4EBWK27737D2", "contains 'ſ', expected only letters A-Z and digits 2-7 after ISCC:")]
    [InlineData("ISCC:", "has 0 characters after ISCC:, expected 10 to 68")]
    [InlineData("ISCC:AAAT4EBW", "has 8 characters after ISCC:, expected 10 to 68")]
    [InlineData("ISCC:AAAT4EBWK27", "has 11 characters after ISCC:, which is not a whole number of bytes in base32")]
    public void Check_Malformed_NamesFieldValueAndReason(string value, string reason)
    {
        var violation = Iscc.Check(Field, value);
        Assert.Equal(Field, violation?.Field);
        Assert.Equal($"{Field} '{value}' is not a valid ISCC: {reason}", violation?.Description);
        Assert.False(Iscc.TryNormalize(value, out _));
    }

    [Fact]
    public void TryNormalize_LengthLimit_AcceptsMaxAndRefusesOneMore()
    {
        Assert.True(Iscc.TryNormalize("ISCC:" + new string('A', Iscc.MaxBodyLength), out _));
        var violation = Iscc.Check(Field, "ISCC:" + new string('A', Iscc.MaxBodyLength + 1));
        Assert.EndsWith("has 69 characters after ISCC:, expected 10 to 68", violation?.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Check_Missing_IsRequired(string? value) =>
        Assert.Equal($"{Field} is required", Iscc.Check(Field, value)?.Description);

    [Fact]
    public void Check_Valid_IsNull() => Assert.Null(Iscc.Check(Field, "ISCC:AAAT4EBWK27737D2"));
}
