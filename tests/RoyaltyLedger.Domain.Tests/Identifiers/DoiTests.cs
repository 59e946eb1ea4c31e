using RoyaltyLedger.Domain.Identifiers;

namespace RoyaltyLedger.Domain.Tests.Identifiers;

public class DoiTests
{
    private const string Field = "identifiers[3].value";

    [Theory]
    [InlineData("10.1000/182", "10.1000/182")] // The DOI Handbook's own DOI.
    [InlineData("doi:10.1000/182", "10.1000/182")]
    [InlineData("DOI:10.1000/182", "10.1000/182")]
    [InlineData("https://doi.org/10.1000/182", "10.1000/182")]
    [InlineData("HTTPS://DOI.ORG/10.1000/182", "10.1000/182")]
    [InlineData("10.1109/5.771073", "10.1109/5.771073")]
    [InlineData("10.18653/v1/2025.findings-acl.920", "10.18653/v1/2025.findings-acl.920")]
    [InlineData("10.21/2V9FYC24", "10.21/2V9FYC24")] // A two-digit registrant code.
    [InlineData("10.1000.10/xyz-123", "10.1000.10/xyz-123")] // A registrant code divided by a dot.
    public void TryNormalize_WellFormed_ReturnsBareDoi(string value, string expected)
    {
        Assert.True(Doi.TryNormalize(value, out var normalized), $"{value} should be a valid DOI");
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("11.1000/182", "expected 10. followed by a registrant code, '/' and a suffix")]
    [InlineData("http://doi.org/10.1000/182", "expected 10. followed by a registrant code, '/' and a suffix")]
    [InlineData("doı:10.1000/182", "expected 10. followed by a registrant code, '/' and a suffix")]
    [InlineData("10.1000", "has no '/' between prefix and suffix")]
    [InlineData("10.1000/", "suffix after '/' is empty")]
    [InlineData("10.abc/182", "registrant code 'abc' must be digits, optionally divided by dots")]
    [InlineData("10.1000./182", "registrant code '1000.' must be digits, optionally divided by dots")]
    [InlineData("10./182", "registrant code '' must be digits, optionally divided by dots")]
    [InlineData("10.1000/18 2", "contains whitespace or control characters")]
    [InlineData("doi: 10.1000/182", "contains whitespace or control characters")]
    public void Check_Malformed_NamesFieldValueAndReason(string value, string reason)
    {
        var violation = Doi.Check(Field, value);
        Assert.Equal(Field, violation?.Field);
        Assert.Equal($"{Field} '{value}' is not a valid DOI: {reason}", violation?.Description);
        Assert.False(Doi.TryNormalize(value, out _));
    }

    [Fact]
    public void Check_ControlCharacter_IsNeverPrinted()
    {
        var violation = Doi.Check(Field, "10.1000/18\u001b[2J");
        Assert.Equal($"{Field} '10.1000/18?[2J' is not a valid DOI: contains whitespace or control characters",
            violation?.Description);
    }

    [Fact]
    public void TryNormalize_LengthLimit_AcceptsMaxAndRefusesOneMore()
    {
        var longest = "10.1000/" + new string('a', Doi.MaxLength - "10.1000/".Length);
        Assert.True(Doi.TryNormalize("doi:" + longest, out var normalized));
        Assert.Equal(longest, normalized);
        var violation = Doi.Check(Field, longest + "a");
        Assert.EndsWith($"is not a valid DOI: is {Doi.MaxLength + 1} characters long, at most {Doi.MaxLength} are allowed",
            violation?.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Check_Missing_IsRequired(string? value) =>
        Assert.Equal($"{Field} is required", Doi.Check(Field, value)?.Description);

    [Fact]
    public void Check_Valid_IsNull() => Assert.Null(Doi.Check(Field, "doi:10.1000/182"));
}
