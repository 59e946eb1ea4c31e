using RoyaltyLedger.Domain.Identifiers;

namespace RoyaltyLedger.Domain.Tests.Identifiers;

public class Isbn13Tests
{
    private const string Field = "identifiers[1].value";

    [Theory]
    [InlineData("978-0-306-40615-7", "9780306406157")]
    [InlineData("9780306406157", "9780306406157")]
    [InlineData("978 3 16 148410 0", "9783161484100")]
    [InlineData("979-10-90636-07-1", "9791090636071")]
    [InlineData("979-8-4007-2217-2", "9798400722172")] // An ACM proceedings ISBN.
    public void TryNormalize_PublishedExample_ReturnsDigits(string value, string expected)
    {
        Assert.True(Isbn13.TryNormalize(value, out var normalized), $"{value} should be a valid ISBN-13");
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("978-0-306-40615-8", "check digit is 8, expected 7")]
    [InlineData("978-0-306-40615", "has 12 digits, expected 13")]
    [InlineData("0-306-40615-2", "has 10 digits, expected 13")] // A valid ISBN-10 is not an ISBN-13.
    [InlineData("977-0-306-40615-7", "starts with 977, expected 978 or 979")]
    [InlineData("978-0-306-40615-X", "contains 'X', expected 13 digits")]
    [InlineData("ISBN 978-0-306-40615-7", "contains 'I', expected 13 digits")]
    public void Check_Malformed_NamesFieldValueAndReason(string value, string reason)
    {
        var violation = Isbn13.Check(Field, value);
        Assert.Equal(Field, violation?.Field);
        Assert.Equal($"{Field} '{value}' is not a valid ISBN-13: {reason}", violation?.Description);
        Assert.False(Isbn13.TryNormalize(value, out _));
    }

    [Fact]
    public void TryNormalize_AnySingleDigitChanged_IsFalse()
    {
        const string valid = "9780306406157";
        for (var position = 0; position < valid.Length; position++)
        {
            foreach (var digit in "0123456789".Where(d => d != valid[position]))
            {
                var changed = string.Concat(valid.AsSpan(0, position), [digit], valid.AsSpan(position + 1));
                Assert.False(Isbn13.TryNormalize(changed, out _), $"{changed} differs from {valid} in one digit");
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Check_Missing_IsRequired(string? value) =>
        Assert.Equal($"{Field} is required", Isbn13.Check(Field, value)?.Description);

    [Fact]
    public void Check_Valid_IsNull() => Assert.Null(Isbn13.Check(Field, "978-0-306-40615-7"));
}
