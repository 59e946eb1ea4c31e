using RoyaltyLedger.Domain.Identifiers;

namespace RoyaltyLedger.Domain.Tests.Identifiers;

public class IpiNameNumberTests
{
    private const string Field = "creator.ipi";

    [Theory]
    [InlineData("00014107338")] // The example in weso/CWR-DataApi's IPI name number field.
    [InlineData("01145982828")]
    [InlineData("00045620792")]
    [InlineData("00000000199")] // Test data of django-music-publisher.
    [InlineData("00000000297")]
    public void TryNormalize_PublishedExample_IsUnchanged(string value)
    {
        Assert.True(IpiNameNumber.TryNormalize(value, out var normalized), $"{value} should be a valid IPI name number");
        Assert.Equal(value, normalized);
    }

    [Theory]
    [InlineData("00000589900")] // Weighted sum 102, remainder 1: check 100 is written 00.
    [InlineData("00000499900")] // Weighted sum 101, remainder 0: check 00.
    public void TryNormalize_RemainderZeroOrOne_HasCheckDigits00(string value) =>
        Assert.True(IpiNameNumber.TryNormalize(value, out _), $"{value} should be a valid IPI name number");

    [Theory]
    [InlineData("00014107363", "check digits are 63, expected 38")] // 63 is the plain (Σ d·w) mod 101.
    [InlineData("00000000102", "check digits are 02, expected 99")]
    [InlineData("0001410733", "has 10 digits, expected 11")]
    [InlineData("000141073380", "has 12 digits, expected 11")]
    [InlineData("000-14107338", "contains '-', expected 11 digits")]
    [InlineData("I-000000229-7", "contains 'I', expected 11 digits")] // An IPI base number, not a name number.
    public void Check_Malformed_NamesFieldValueAndReason(string value, string reason)
    {
        var violation = IpiNameNumber.Check(Field, value);
        Assert.Equal(Field, violation?.Field);
        Assert.Equal($"{Field} '{value}' is not a valid IPI name number: {reason}", violation?.Description);
        Assert.False(IpiNameNumber.TryNormalize(value, out _));
    }

    [Fact]
    public void TryNormalize_AnySingleDigitChanged_IsFalse()
    {
        const string valid = "00014107338";
        for (var position = 0; position < valid.Length; position++)
        {
            foreach (var digit in "0123456789".Where(d => d != valid[position]))
            {
                var changed = string.Concat(valid.AsSpan(0, position), [digit], valid.AsSpan(position + 1));
                Assert.False(IpiNameNumber.TryNormalize(changed, out _), $"{changed} differs from {valid} in one digit");
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Check_Missing_IsRequired(string? value) =>
        Assert.Equal($"{Field} is required", IpiNameNumber.Check(Field, value)?.Description);

    [Fact]
    public void Check_Valid_IsNull() => Assert.Null(IpiNameNumber.Check(Field, "00014107338"));
}
