using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Domain.Tests.Money;

public class MinorFormatTests
{
    [Theory]
    [InlineData("EUR", "105162687307", "105.16")]
    [InlineData("EUR", "0", "0.00")]
    [InlineData("EUR", "9999999", "0.00")]
    [InlineData("EUR", "10000000", "0.01")]
    [InlineData("EUR", "-10000000", "-0.01")]
    [InlineData("EUR", "-19999999", "-0.01")]
    [InlineData("EUR", "1234567890000000", "1,234,567.89")]
    [InlineData("JPY", "1234999999999", "1,234")]
    [InlineData("KWD", "1234567", "0.001")]
    [InlineData("CLF", "123456789", "0.1234")]
    [InlineData("EUR", "170141183460469231731687303715884105727", "170,141,183,460,469,231,731,687,303,715.88")]
    [InlineData("EUR", "-170141183460469231731687303715884105728", "-170,141,183,460,469,231,731,687,303,715.88")]
    public void Minor_Amount_CutTowardZeroToTheCurrencysDecimals(string currency, string nanos, string expected)
    {
        Assert.Equal(expected, MinorFormat.Minor(currency, Int128.Parse(nanos, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void WithCurrencyAndExact_Amount_ShowCentsAndEveryNano()
    {
        Assert.Equal("EUR 105.16", MinorFormat.WithCurrency("EUR", 105_162_687_307));
        Assert.Equal("EUR 105.162687307", MinorFormat.Exact("EUR", 105_162_687_307));
    }
}
