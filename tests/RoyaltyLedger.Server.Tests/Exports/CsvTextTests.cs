using System.Text;
using RoyaltyLedger.Contracts.Exports;

namespace RoyaltyLedger.Server.Tests.Exports;

/// <summary>The one CSV writer: RFC 4180 quoting, and the guard that keeps spreadsheets from running text as a formula.</summary>
public sealed class CsvTextTests
{
    private static string Row(params CsvField[] fields)
    {
        var csv = new StringBuilder();
        CsvText.AppendRow(csv, fields);
        return csv.ToString();
    }

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1+2", "'\t=1+2")]
    [InlineData("\r=1+2", "\"'\r=1+2\"")]
    public void AppendRow_TextStartingLikeAFormula_PrefixedWithAQuote(string text, string written)
    {
        Assert.Equal(written + "\r\n", Row(text));
    }

    [Fact]
    public void AppendRow_FormulaWithQuotesAndCommas_PrefixedThenQuoted()
    {
        Assert.Equal("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",x\r\n", Row("=HYPERLINK(\"http://evil\",\"x\")", "x"));
    }

    [Fact]
    public void AppendRow_NegativeNumbers_LeftAsNumbers()
    {
        Assert.Equal("-1.50,-1500000000,18446744073709551615,-9223372036854775808\r\n",
            Row(CsvField.Number("-1.50"), CsvField.Number(-1_500_000_000L), CsvField.Number(ulong.MaxValue), CsvField.Number(long.MinValue)));
    }

    [Fact]
    public void AppendRow_TextThatLooksLikeANegativeNumber_StillGuarded()
    {
        // Text is whatever someone else typed; only the code that made a number may declare it one.
        Assert.Equal("'-1.50,-1.50\r\n", Row("-1.50", CsvField.Number("-1.50")));
    }

    [Fact]
    public void AppendRow_PlainTextAndEmptyAndLaterFormulaCharacters_Unchanged()
    {
        Assert.Equal("The Song,,a=b,1+1,x-y,user@example.org,\"Smith, Jones\",\"say \"\"hi\"\"\"\r\n",
            Row("The Song", "", "a=b", "1+1", "x-y", "user@example.org", "Smith, Jones", "say \"hi\""));
    }

    [Fact]
    public void AppendRow_DefaultField_WrittenEmpty()
    {
        Assert.Equal(",1\r\n", Row(default, CsvField.Number(1L)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1,000.00")]
    [InlineData("+1")]
    [InlineData("1e3")]
    [InlineData("=1+2")]
    [InlineData("-1-1")]
    public void Number_TextThatIsNotAPlainDecimal_ThrowsNamingTheValue(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => CsvField.Number(text));

        Assert.StartsWith($"'{text}' is not a plain decimal number (-?digits[.digits])", error.Message, StringComparison.Ordinal);
    }
}
