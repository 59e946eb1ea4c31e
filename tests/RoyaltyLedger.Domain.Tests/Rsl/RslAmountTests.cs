using RoyaltyLedger.Domain.Rsl;

namespace RoyaltyLedger.Domain.Tests.Rsl;

public class RslAmountTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("0.000001", 1L)]
    [InlineData("10.00", 10_000_000L)]
    [InlineData(" 0.25 ", 250_000L)]
    [InlineData("1.2345670000", 1_234_567L)]
    [InlineData("1000", 1_000_000_000L)]
    [InlineData("1000.000000", 1_000_000_000L)]
    [InlineData("0001.5", 1_500_000L)]
    public void TryParseMicros_Decimal_ReturnsExactMicros(string text, long expected)
    {
        Assert.True(RslAmount.TryParseMicros(text, out var micros, out var error), error);
        Assert.Equal(expected, micros);
    }

    [Theory]
    [InlineData("", "is not a decimal number")]
    [InlineData("-1", "is not a decimal number")]
    [InlineData("+1", "is not a decimal number")]
    [InlineData("1e3", "is not a decimal number")]
    [InlineData("1,000", "is not a decimal number")]
    [InlineData("1.", "is not a decimal number")]
    [InlineData(".5", "is not a decimal number")]
    [InlineData("NaN", "is not a decimal number")]
    [InlineData("0.0000001", "more than 6 significant decimals")]
    [InlineData("1000.000001", "above the largest price")]
    [InlineData("99999999999999999999999", "above the largest price")]
    public void TryParseMicros_Malformed_ReturnsErrorNamingText(string text, string expected)
    {
        Assert.False(RslAmount.TryParseMicros(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains($"'{text.Trim()}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParseMicros_HugeText_RefusedBeforeArithmetic()
    {
        var huge = new string('9', RslAmount.MaxTextLength + 1);
        Assert.False(RslAmount.TryParseMicros(huge, out _, out var error));
        Assert.Contains("…", error, StringComparison.Ordinal);
    }
}
