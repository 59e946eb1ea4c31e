using RoyaltyLedger.Domain.Identifiers;

namespace RoyaltyLedger.Domain.Tests.Identifiers;

public class IbanTests
{
    private const string Field = "account.iban";

    [Theory]
    [InlineData("DE89370400440532013000", "DE89370400440532013000")] // The SWIFT IBAN Registry's examples.
    [InlineData("DE89 3704 0044 0532 0130 00", "DE89370400440532013000")]
    [InlineData("de89 3704 0044 0532 0130 00", "DE89370400440532013000")]
    [InlineData("GB29NWBK60161331926819", "GB29NWBK60161331926819")]
    [InlineData("FR14 2004 1010 0505 0001 3M02 606", "FR1420041010050500013M02606")]
    [InlineData("NL91ABNA0417164300", "NL91ABNA0417164300")]
    [InlineData("BE68539007547034", "BE68539007547034")]
    [InlineData("NO9386011117947", "NO9386011117947")] // The shortest, 15.
    [InlineData("LC55HEMM000100010012001200023015", "LC55HEMM000100010012001200023015")]
    [InlineData("RU0304452522540817810538091310419", "RU0304452522540817810538091310419")] // The longest, 33.
    [InlineData("MT84MALT011000012345MTLCAST001S", "MT84MALT011000012345MTLCAST001S")]
    [InlineData("CH9300762011623852957", "CH9300762011623852957")]
    [InlineData("AT611904300234573201", "AT611904300234573201")]
    public void TryNormalize_ValidIban_ReturnsCompactUpperCase(string value, string expected)
    {
        Assert.True(Iban.TryNormalize(value, out var normalized), $"{value} should be a valid IBAN");
        Assert.Equal(expected, normalized);
        Assert.Null(Iban.Check(Field, value));
    }

    [Theory]
    [InlineData("DE88370400440532013000", "check digits 88 do not match the account number (MOD 97-10), expected 89")]
    [InlineData("DE89370400440532013001", "check digits 89 do not match the account number (MOD 97-10), expected 62")]
    [InlineData("DE8937040044053201300", "has 21 characters without spaces, expected 22 for country DE")]
    [InlineData("DE893704004405320130000", "has 23 characters without spaces, expected 22 for country DE")]
    [InlineData("XX89370400440532013000", "country XX does not issue IBANs (SWIFT IBAN Registry)")]
    [InlineData("US89370400440532013000", "country US does not issue IBANs (SWIFT IBAN Registry)")]
    [InlineData("1E89370400440532013000", "starts with '1E', expected a two-letter country code")]
    [InlineData("DEX9370400440532013000", "check digits 'X9' must be two digits")]
    [InlineData("DE89-3704-0044-0532-0130-00", "contains '-', expected letters and digits only")]
    [InlineData("DE89370400440532013ä00", "contains 'Ä', expected letters and digits only")]
    [InlineData("DE8", "has 3 characters without spaces, expected a country code, two check digits and an account number")]
    [InlineData("    ", "has 0 characters without spaces, expected a country code, two check digits and an account number")]
    public void Check_Malformed_NamesFieldValueAndReason(string value, string reason)
    {
        var violation = Iban.Check(Field, value);
        Assert.Equal(Field, violation?.Field);
        Assert.Equal($"{Field} '{value}' is not a valid IBAN: {reason}", violation?.Description);
        Assert.False(Iban.TryNormalize(value, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Check_Missing_SaysRequired(string? value)
    {
        Assert.Equal($"{Field} is required", Iban.Check(Field, value)?.Description);
    }

    [Fact]
    public void Check_Huge_RefusedWithoutScanning()
    {
        var huge = new string('1', 1_000_000);
        var violation = Iban.Check(Field, huge);
        Assert.EndsWith("has 1000000 characters, expected at most 34 without spaces", violation?.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void TryNormalize_EveryRegistryCountryWithComputedCheckDigits_Accepts()
    {
        // For each country: an all-zero BBAN of the registry's length with the check digits MOD 97-10 gives.
        foreach (var (country, length) in new[] { ("NO", 15), ("BE", 16), ("DE", 22), ("FR", 27), ("LC", 32), ("RU", 33) })
        {
            var bban = new string('0', length - 4);
            var check = 98 - Remainder($"{bban}{country}00");
            var iban = $"{country}{check:00}{bban}";
            Assert.True(Iban.TryNormalize(iban, out _), iban);
            Assert.False(Iban.TryNormalize(iban + "0", out _), iban + "0");
            Assert.False(Iban.TryNormalize(iban[..^1], out _), iban[..^1]);
        }
    }

    private static int Remainder(string rearranged)
    {
        var r = 0;
        foreach (var c in rearranged)
        {
            r = char.IsAsciiDigit(c) ? (r * 10 + (c - '0')) % 97 : (r * 100 + (c - 'A' + 10)) % 97;
        }

        return r;
    }
}
