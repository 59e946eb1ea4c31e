using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Domain.Tests.Money;

public class MoneyFormatTests
{
    [Theory]
    [InlineData(0L, "0.000000000")]
    [InlineData(1L, "0.000000001")]
    [InlineData(12_345_678_901L, "12.345678901")]
    [InlineData(-1_500_000_000L, "-1.500000000")]
    [InlineData(long.MaxValue, "9,223,372,036.854775807")]
    [InlineData(long.MinValue, "-9,223,372,036.854775808")]
    public void Nanos_Value_RendersExactDecimal(long nanos, string expected)
    {
        Assert.Equal(expected, MoneyFormat.Nanos(nanos));
    }

    [Fact]
    public void Micros_Value_RendersSixDecimals()
    {
        Assert.Equal("2.000000", MoneyFormat.Micros(2_000_000));
    }
}
