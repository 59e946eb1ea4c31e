using RoyaltyLedger.Testing;
using System.Xml.Linq;
using RoyaltyLedger.Domain.Payouts.Transfers;

namespace RoyaltyLedger.Domain.Tests.Payouts.Transfers;

public class Pain001WriterTests
{
    private static readonly XNamespace Ns = Pain001Writer.Namespace;
    private static readonly BankAccount Society = new("Society of Authors", "DE89370400440532013000", "DEUTDEFF");

    private static PaymentBatch Batch(params CreditTransfer[] transfers) =>
        new("2026-11-EUR", "2026-11", "EUR", new DateTimeOffset(2026, 12, 3, 10, 15, 30, TimeSpan.Zero), new DateOnly(2026, 12, 15), Society, transfers);

    private static CreditTransfer Transfer(string party, long minor, string bic = "") =>
        new(party, new BankAccount($"Holder of {party}", "GB29NWBK60161331926819", bic), minor);

    [Fact]
    public void Write_TwoParties_ValidAgainstSchemaWithExactCountsAndSums()
    {
        var xml = Pain001Writer.Write(Batch(Transfer("creator-ada", 1_234, "NWBKGB2L"), Transfer("creator-bo", 1)));

        Assert.Empty(Pain001Schema.Validate(xml));
        var doc = XDocument.Load(new MemoryStream(xml));
        var header = doc.Descendants(Ns + "GrpHdr").Single();
        Assert.Equal("2026-11-EUR/20261215", (string?)header.Element(Ns + "MsgId"));
        Assert.Equal("2026-12-03T10:15:30Z", (string?)header.Element(Ns + "CreDtTm"));
        Assert.Equal("2", (string?)header.Element(Ns + "NbOfTxs"));
        Assert.Equal("12.35", (string?)header.Element(Ns + "CtrlSum"));
        var info = doc.Descendants(Ns + "PmtInf").Single();
        Assert.Equal("12.35", (string?)info.Element(Ns + "CtrlSum"));
        Assert.Equal("2026-12-15", (string?)info.Element(Ns + "ReqdExctnDt")?.Element(Ns + "Dt"));
        Assert.Equal("DE89370400440532013000", (string?)info.Element(Ns + "DbtrAcct")?.Descendants(Ns + "IBAN").Single());
        var transfers = info.Elements(Ns + "CdtTrfTxInf").ToList();
        Assert.Equal(["2026-11-EUR/creator-ada", "2026-11-EUR/creator-bo"], transfers.Select(t => (string?)t.Descendants(Ns + "EndToEndId").Single()));
        Assert.Equal(["12.34", "0.01"], transfers.Select(t => (string?)t.Descendants(Ns + "InstdAmt").Single()));
        Assert.Equal(["EUR", "EUR"], transfers.Select(t => (string?)t.Descendants(Ns + "InstdAmt").Single().Attribute("Ccy")));
        Assert.Equal("NWBKGB2L", (string?)transfers[0].Descendants(Ns + "BICFI").Single());
        Assert.Empty(transfers[1].Descendants(Ns + "CdtrAgt"));
        Assert.Equal("Royalties cycle 2026-11-EUR, period 2026-11", (string?)transfers[0].Descendants(Ns + "Ustrd").Single());
    }

    [Fact]
    public void Validate_BrokenFile_SchemaReportsIt()
    {
        // The schema check is real: a file it should refuse is refused.
        var xml = System.Text.Encoding.UTF8.GetString(Pain001Writer.Write(Batch(Transfer("creator-ada", 1_234))));
        Assert.NotEmpty(Pain001Schema.Validate(System.Text.Encoding.UTF8.GetBytes(xml.Replace("<NbOfTxs>1<", "<NbOfTxs>one<", StringComparison.Ordinal))));
        Assert.NotEmpty(Pain001Schema.Validate(System.Text.Encoding.UTF8.GetBytes(xml.Replace("<PmtMtd>TRF<", "<PmtMtd>CHK<", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("<NbOfTxs>1<", "<NbOfTxs>one<", "NbOfTxs")]
    [InlineData("<PmtMtd>TRF<", "<PmtMtd>CHK<", "PmtMtd")]
    [InlineData("<IBAN>DE89", "<IBAN>de89", "IBAN")]
    [InlineData("<InstdAmt Ccy=\"EUR\">12.34<", "<InstdAmt Ccy=\"EUR\">-12.34<", "InstdAmt")]
    [InlineData("<InstdAmt Ccy=\"EUR\">", "<InstdAmt Ccy=\"eur\">", "Ccy")]
    [InlineData("<EndToEndId>2026-11-EUR/creator-ada<", "<EndToEndId>2026-11-EUR/creator-ada-0123456789012345678901<", "EndToEndId")]
    public void Validate_BrokenFile_CommittedSchemaRefusesNamingElement(string good, string bad, string element)
    {
        // The committed schema (tests/Shared) is always checked, with or without the official XSD.
        var xml = System.Text.Encoding.UTF8.GetString(Pain001Writer.Write(Batch(Transfer("creator-ada", 1_234))));
        Assert.Contains(good, xml, StringComparison.Ordinal);
        var errors = Pain001Schema.Validate(System.Text.Encoding.UTF8.GetBytes(xml.Replace(good, bad, StringComparison.Ordinal)));
        Assert.Contains(errors, e => e.StartsWith("committed schema:", StringComparison.Ordinal) && e.Contains(element, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ElementsOutOfOrderOrMissing_CommittedSchemaRefuses()
    {
        var xml = System.Text.Encoding.UTF8.GetString(Pain001Writer.Write(Batch(Transfer("creator-ada", 1_234))));
        var withoutDebtor = System.Text.RegularExpressions.Regex.Replace(xml, @"<Dbtr>\s*<Nm>[^<]*</Nm>\s*</Dbtr>", "");
        var swapped = System.Text.RegularExpressions.Regex.Replace(xml, @"(<DbtrAgt>.*?</DbtrAgt>)(\s*)(<ChrgBr>SLEV</ChrgBr>)", "$3$2$1", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.NotEqual(xml, withoutDebtor);
        Assert.NotEqual(xml, swapped);
        Assert.Contains(Pain001Schema.Validate(System.Text.Encoding.UTF8.GetBytes(withoutDebtor)), e => e.StartsWith("committed schema:", StringComparison.Ordinal));
        Assert.Contains(Pain001Schema.Validate(System.Text.Encoding.UTF8.GetBytes(swapped)), e => e.StartsWith("committed schema:", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_SameBatchTwice_SameBytes()
    {
        var batch = Batch(Transfer("creator-ada", 500));
        Assert.Equal(Pain001Writer.Write(batch), Pain001Writer.Write(batch));
    }

    [Fact]
    public void Write_DebtorWithoutBic_NotProvidedAgentStillValid()
    {
        var xml = Pain001Writer.Write(Batch(Transfer("creator-ada", 500)) with { Debtor = Society with { Bic = "" } });
        Assert.Empty(Pain001Schema.Validate(xml));
        Assert.Equal("NOTPROVIDED", (string?)XDocument.Load(new MemoryStream(xml)).Descendants(Ns + "DbtrAgt").Descendants(Ns + "Id").Single());
    }

    [Fact]
    public void Write_LargestSepaAmount_ValidAgainstSchema()
    {
        // EPC's ceiling for one transfer: 999,999,999.99 EUR.
        var xml = Pain001Writer.Write(Batch(Transfer("creator-ada", 99_999_999_999)));
        Assert.Empty(Pain001Schema.Validate(xml));
    }

    [Fact]
    public void Write_XmlSpecialCharactersInNames_EscapedAndValid()
    {
        var batch = Batch(new CreditTransfer("creator-ada", new BankAccount("Ada & <Bo> \"Lovelace\"", "GB29NWBK60161331926819", ""), 100));
        var xml = Pain001Writer.Write(batch);
        Assert.Empty(Pain001Schema.Validate(xml));
        Assert.Equal("Ada & <Bo> \"Lovelace\"", (string?)XDocument.Load(new MemoryStream(xml)).Descendants(Ns + "Cdtr").Single().Element(Ns + "Nm"));
    }

    [Fact]
    public void Write_NoTransfers_RefusedNamingCycle()
    {
        var ex = Assert.Throws<PaymentFileException>(() => Pain001Writer.Write(Batch()));
        Assert.Contains("cycle 2026-11-EUR", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Write_NonPositiveAmount_RefusedNamingParty(long minor)
    {
        var ex = Assert.Throws<PaymentFileException>(() => Pain001Writer.Write(Batch(Transfer("creator-ada", minor))));
        Assert.Contains("party creator-ada", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0L, 2, "0.00")]
    [InlineData(1L, 2, "0.01")]
    [InlineData(1234L, 2, "12.34")]
    [InlineData(1234L, 0, "1234")]
    [InlineData(1234L, 3, "1.234")]
    [InlineData(999_999_999_999_999_999L, 2, "9999999999999999.99")]
    public void Amount_MinorUnits_ExactDecimalText(long minor, int exponent, string expected)
    {
        Assert.Equal(expected, Pain001Writer.Amount(minor, exponent, "test"));
    }

    [Fact]
    public void Amount_NineteenDigits_Refused()
    {
        Assert.Throws<PaymentFileException>(() => Pain001Writer.Amount(Int128.Parse("1000000000000000000", System.Globalization.CultureInfo.InvariantCulture), 2, "test"));
    }

    [Fact]
    public void EndToEndId_LongOrUnusualIds_HashedTo34Characters()
    {
        var id = Pain001Ids.EndToEndId("2026-11-EUR", "a-very-long-party-identifier-of-forty-chars");
        Assert.Equal(34, id.Length);
        Assert.StartsWith("RL", id, StringComparison.Ordinal);
        Assert.Equal(id, Pain001Ids.EndToEndId("2026-11-EUR", "a-very-long-party-identifier-of-forty-chars"));
        Assert.NotEqual(id, Pain001Ids.EndToEndId("2026-11-EUR", "a-very-long-party-identifier-of-forty-charz"));
        Assert.StartsWith("RL", Pain001Ids.EndToEndId("c", "party_with_underscore"), StringComparison.Ordinal);
        Assert.Equal("c/p", Pain001Ids.EndToEndId("c", "p"));
    }
}
