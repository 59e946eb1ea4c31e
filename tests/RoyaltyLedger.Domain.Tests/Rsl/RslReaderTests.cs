using System.Text;
using RoyaltyLedger.Domain.Registry;
using RoyaltyLedger.Domain.Rsl;

namespace RoyaltyLedger.Domain.Tests.Rsl;

public class RslReaderTests
{
    private static readonly RslReadOptions Options = new(null, null, "uses");

    private static RslImport Read(string xml, RslReadOptions? options = null) =>
        RslReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), options ?? Options);

    private static string Doc(string license, string contentAttributes = "") =>
        $"""<rsl xmlns="https://rslstandard.org/rsl"><content url="https://example.com/songs/*"{contentAttributes}>{license}</content></rsl>""";

    [Fact]
    public void Read_TrainingPayment_MapsUsesAndPriceInMicros()
    {
        var read = Read(Doc("""<license><permits type="usage">ai-train</permits><payment type="training"><amount currency="EUR">0.25</amount></payment></license>"""));
        var terms = Assert.Single(read.Terms);
        Assert.Equal("https://example.com/songs/*", read.ContentUrl);
        Assert.Equal([UseKind.Training, UseKind.FineTuning], terms.Uses.ToArray());
        Assert.Equal(new Tariff("EUR", 250_000, 1, "uses"), terms.Tariff);
        Assert.False(terms.AttributionOnly);
        Assert.Empty(terms.Territories);
        Assert.Equal("/rsl/content[1]/license[1]", terms.Path);
        Assert.Empty(read.Unmapped);
    }

    [Fact]
    public void Read_AllMinusProhibitedTraining_PermitsTheOtherUses()
    {
        var read = Read(Doc("""<license><permits type="usage">all</permits><prohibits type="usage">ai-train</prohibits><payment type="use"><amount currency="USD">1</amount></payment></license>"""));
        Assert.Equal([UseKind.Retrieval, UseKind.Output, UseKind.StyleImitation], Assert.Single(read.Terms).Uses.ToArray());
    }

    [Fact]
    public void Read_NoPermitsNoPayment_FreeForEveryUse()
    {
        var terms = Assert.Single(Read(Doc("<license/>")).Terms);
        Assert.Equal(RslUsage.All.ToArray(), terms.Uses.ToArray());
        Assert.Equal(new Tariff("EUR", 0, 1, "uses"), terms.Tariff);
        Assert.Equal("free", terms.PaymentType);
    }

    [Fact]
    public void Read_AttributionPayment_AttributionOnlyWithoutTariff()
    {
        var terms = Assert.Single(Read(Doc("""<license><permits type="usage">ai-input</permits><payment type="attribution"/></license>""")).Terms);
        Assert.True(terms.AttributionOnly);
        Assert.Null(terms.Tariff);
        Assert.Equal([UseKind.Retrieval], terms.Uses.ToArray());
    }

    [Fact]
    public void Read_GeoPermit_LimitsTerritories()
    {
        var terms = Assert.Single(Read(Doc("""<license><permits type="geo">US, FR DE</permits></license>""")).Terms);
        Assert.Equal(["DE", "FR", "US"], terms.Territories.ToArray());
    }

    [Theory]
    [InlineData("""<prohibits type="geo">CN</prohibits>""", "/rsl/content[1]/license[1]/prohibits[1]", "prohibits type=\"geo\" (CN)")]
    [InlineData("""<permits type="user">non-commercial</permits>""", "/rsl/content[1]/license[1]/permits[1]", "permits type=\"user\"")]
    [InlineData("""<permits type="geo">France</permits>""", "/rsl/content[1]/license[1]/permits[1]", "territory 'France'")]
    [InlineData("""<permits type="usage">search</permits>""", "/rsl/content[1]/license[1]", "permits no use the ledger counts")]
    [InlineData("""<payment type="crawl"><amount currency="USD">0.001</amount></payment>""", "/rsl/content[1]/license[1]/payment[1]/@type", "payment type 'crawl' is not a price per use")]
    [InlineData("""<payment type="subscription"/>""", "/rsl/content[1]/license[1]/payment[1]/@type", "payment type 'subscription'")]
    [InlineData("""<payment type="barter"/>""", "/rsl/content[1]/license[1]/payment[1]/@type", "'barter' is not an RSL 1.0 payment type")]
    [InlineData("""<payment type="training"/>""", "/rsl/content[1]/license[1]/payment[1]", "has no amount")]
    [InlineData("""<payment type="training"><amount currency="EUR">-5</amount></payment>""", "/rsl/content[1]/license[1]/payment[1]/amount[1]", "amount '-5' is not a decimal number")]
    [InlineData("""<payment type="training"><amount currency="EUR">5000000</amount></payment>""", "/rsl/content[1]/license[1]/payment[1]/amount[1]", "above the largest price")]
    [InlineData("""<payment type="training"><amount currency="eur">5</amount></payment>""", "/rsl/content[1]/license[1]/payment[1]/amount[1]", "currency 'eur'")]
    [InlineData("""<payment type="training"><amount>5</amount></payment>""", "/rsl/content[1]/license[1]/payment[1]/amount[1]", "currency ''")]
    [InlineData("""<payment type="training"><amount currency="EUR">5</amount><amount currency="USD">6</amount></payment>""", "/rsl/content[1]/license[1]/payment[1]", "amounts in EUR, USD")]
    [InlineData("""<payment type="free"/><payment type="free"/>""", "/rsl/content[1]/license[1]/payment[2]", "2 payment elements")]
    public void Read_UnmappableLicense_LeftOutWholeAndReportedWithPath(string inner, string path, string reason)
    {
        var read = Read(Doc($"<license>{inner}</license>"));
        Assert.Empty(read.Terms);
        Assert.Contains(read.Unmapped, u => u.Path == path && u.Reason.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnknownUsageToken_ReportedAndOthersKept()
    {
        var read = Read(Doc("""<license><permits type="usage">ai-train, ai-index, teleport</permits></license>"""));
        Assert.Equal([UseKind.Training, UseKind.FineTuning], Assert.Single(read.Terms).Uses.ToArray());
        Assert.Contains(read.Unmapped, u => u.Reason.StartsWith("usage 'ai-index' is permitted but the ledger counts no such use", StringComparison.Ordinal));
        Assert.Contains(read.Unmapped, u => u.Reason.StartsWith("usage 'teleport' is not an RSL 1.0 usage token", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_CurrencyOption_PicksThatAmount()
    {
        var read = Read(Doc("""<license><payment type="training"><amount currency="EUR">5</amount><amount currency="USD">6.5</amount></payment></license>"""),
            Options with { Currency = "USD" });
        Assert.Equal(new Tariff("USD", 6_500_000, 1, "uses"), Assert.Single(read.Terms).Tariff);
    }

    [Fact]
    public void Read_MultipleLicenses_EachMappedOrReported()
    {
        var read = Read(Doc("""
            <license><permits type="usage">ai-train</permits><payment type="training"><amount currency="EUR">2</amount></payment></license>
            <license><permits type="usage">ai-input</permits><payment type="use"><amount currency="EUR">0.01</amount></payment></license>
            <license><permits type="usage">ai-all</permits><payment type="purchase"><amount currency="EUR">100</amount></payment></license>
            """));
        Assert.Equal(["/rsl/content[1]/license[1]", "/rsl/content[1]/license[2]"], read.Terms.Select(t => t.Path));
        Assert.Equal([2_000_000L, 10_000L], read.Terms.Select(t => t.Tariff!.PriceMicros));
        Assert.Contains(read.Unmapped, u => u.Path == "/rsl/content[1]/license[3]/payment[1]/@type");
    }

    [Fact]
    public void Read_InformationalElementsAndAttributes_Reported()
    {
        var read = Read(Doc("""<copyright type="person">A. Writer</copyright><license><payment type="use"><standard>https://example.com/std</standard><amount currency="EUR">1</amount></payment><legal type="warranty">ownership</legal></license>""",
            """ server="https://example.com/ls" lastmod="2026-01-01T00:00:00Z" """));
        Assert.Single(read.Terms);
        Assert.Equal(
            ["/rsl/content[1]/@lastmod", "/rsl/content[1]/@server", "/rsl/content[1]/copyright[1]", "/rsl/content[1]/license[1]/legal[1]", "/rsl/content[1]/license[1]/payment[1]/standard[1]"],
            read.Unmapped.Select(u => u.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_WrongNamespace_Throws()
    {
        var e = Assert.Throws<RslException>(() => Read("""<rsl xmlns="https://example.com/rsl"><content url="/"/></rsl>"""));
        Assert.Contains("namespace 'https://example.com/rsl', expected 'rsl' in namespace 'https://rslstandard.org/rsl'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoNamespace_Throws()
    {
        var e = Assert.Throws<RslException>(() => Read("""<rsl><content url="/"/></rsl>"""));
        Assert.Equal("/rsl", e.Path);
    }

    [Fact]
    public void Read_ExternalEntity_RefusedWithoutResolving()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rsl [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rsl xmlns="https://rslstandard.org/rsl"><content url="/">&xxe;</content></rsl>
            """;
        var e = Assert.Throws<RslException>(() => Read(xml));
        Assert.Contains("DTDs and external entities are refused", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotXml_ThrowsNamingTheProblem()
    {
        var e = Assert.Throws<RslException>(() => Read("<rsl xmlns=\"https://rslstandard.org/rsl\"><content url=\"/\">"));
        Assert.Contains("not well-formed XML", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyDocument_Throws() =>
        Assert.Throws<RslException>(() => Read(""));

    [Fact]
    public void Read_TooLarge_Throws()
    {
        var padding = new string(' ', RslReader.MaxDocumentChars);
        var e = Assert.Throws<RslException>(() => Read(Doc("<license/>") + padding));
        Assert.Contains("not well-formed XML of at most 1,000,000 characters", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AtMaxDepth_ReadsAndDeeper_Throws()
    {
        static string Nest(int levels) => string.Concat(Enumerable.Repeat("<x>", levels)) + string.Concat(Enumerable.Repeat("</x>", levels));
        // rsl, content and license are 3 levels; the license's children start at depth 3 (ancestors counted).
        var ok = Read(Doc($"<license>{Nest(RslReader.MaxDepth - 3)}</license>"));
        Assert.Single(ok.Terms);
        var e = Assert.Throws<RslException>(() => Read(Doc($"<license>{Nest(RslReader.MaxDepth - 2)}</license>")));
        Assert.Contains("more than 16 deep", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeveralContents_NeedsUrlAndPicksIt()
    {
        const string xml = """<rsl xmlns="https://rslstandard.org/rsl"><content url="/a"><license/></content><content url="/b"><license><payment type="attribution"/></license></content></rsl>""";
        var e = Assert.Throws<RslException>(() => Read(xml));
        Assert.Contains("2 content elements (/a, /b)", e.Message, StringComparison.Ordinal);
        Assert.True(Assert.Single(Read(xml, Options with { ContentUrl = "/b" }).Terms).AttributionOnly);
        var missing = Assert.Throws<RslException>(() => Read(xml, Options with { ContentUrl = "/c" }));
        Assert.Contains("no content element has url '/c'; the document has: /a, /b", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ContentWithoutUrl_Throws()
    {
        var e = Assert.Throws<RslException>(() => Read("""<rsl xmlns="https://rslstandard.org/rsl"><content/></rsl>"""));
        Assert.Equal("/rsl/content[1]", e.Path);
    }

    [Fact]
    public void Read_ContentWithoutLicense_ReportsIt()
    {
        var read = Read(Doc(""));
        Assert.Empty(read.Terms);
        Assert.Contains(read.Unmapped, u => u.Reason == "content holds no license element");
    }

    [Fact]
    public void Read_PrefixedNamespace_Reads()
    {
        var read = Read("""<r:rsl xmlns:r="https://rslstandard.org/rsl"><r:content url="/"><r:license><r:permits type="usage">ai-train</r:permits></r:license></r:content></r:rsl>""");
        Assert.Single(read.Terms);
    }
}
