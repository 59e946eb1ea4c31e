using RoyaltyLedger.Domain.Identifiers;

namespace RoyaltyLedger.Domain.Tests.Identifiers;

public class BicTests
{
    private const string Field = "account.bic";

    [Theory]
    [InlineData("DEUTDEFF", "DEUTDEFF")]
    [InlineData("DEUTDEFF500", "DEUTDEFF500")]
    [InlineData("deutdeff500", "DEUTDEFF500")]
    [InlineData("NWBK GB 2L", "NWBKGB2L")]
    [InlineData("1234DEFFXXX", "1234DEFFXXX")] // ISO 9362:2014 allows digits in the party prefix.
    public void TryNormalize_WellFormed_ReturnsUpperCase(string value, string expected)
    {
        Assert.True(Bic.TryNormalize(value, out var normalized), value);
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("DEUTDEF", "has 7 characters without spaces, expected 8 or 11")]
    [InlineData("DEUTDEFF5", "has 9 characters without spaces, expected 8 or 11")]
    [InlineData("DEUTDEFF5000", "has 12 characters without spaces, expected 8 or 11")]
    [InlineData("DEUT1EFF", "country code '1E' (characters 5-6) must be two letters")]
    [InlineData("DEUT-EFF", "contains '-', expected letters and digits only")]
    public void Check_Malformed_NamesFieldValueAndReason(string value, string reason)
    {
        var violation = Bic.Check(Field, value);
        Assert.Equal(Field, violation?.Field);
        Assert.Equal($"{Field} '{value}' is not a valid BIC: {reason}", violation?.Description);
    }
}
