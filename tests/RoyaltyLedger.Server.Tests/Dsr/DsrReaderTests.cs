using System.Text;
using RoyaltyLedger.Cli.Import.Dsr;
using static RoyaltyLedger.Server.Tests.Dsr.DsrLines;

namespace RoyaltyLedger.Server.Tests.Dsr;

/// <summary>The DSR reader on its own (no server): every record it reads, at the edges of each cell it reads.</summary>
public sealed class DsrReaderTests
{
    private static (DsrHeader Header, List<DsrRow> Rows, DsrReader Reader) Read(params string[] lines) => ReadText(string.Join('\n', lines) + "\n");

    private static (DsrHeader Header, List<DsrRow> Rows, DsrReader Reader) ReadText(string text)
    {
        var reader = new DsrReader(new StringReader(text), "test.tsv");
        var header = reader.ReadHeader();
        return (header, reader.ReadRows().ToList(), reader);
    }

    private static InvalidDataException Unreadable(string text) =>
        Assert.Throws<InvalidDataException>(() => new DsrReader(new StringReader(text), "test.tsv").ReadHeader());

    [Fact]
    public void ReadHeader_EmptyFile_SaysItIsEmpty() =>
        Assert.Equal("test.tsv has no HEAD record: a DDEX DSR file starts with one (it is empty)", Unreadable("").Message);

    [Fact]
    public void ReadHeader_OnlyHeadings_SaysSo() =>
        Assert.Contains("(it is only headings or empty lines)", Unreadable("#HEAD\tMessageVersion\n\n").Message, StringComparison.Ordinal);

    [Fact]
    public void ReadHeader_FirstRecordNotHead_NamesTheLineAndRecordType() =>
        Assert.Equal("test.tsv line 2: the first record must be HEAD, found 'SY02.03'; is this a tab-separated DDEX DSR file?",
            Unreadable("#heading\n" + Summary() + "\n").Message);

    [Fact]
    public void ReadHeader_CommaSeparatedFile_IsNotTakenForOne() =>
        Assert.Contains("found 'HEAD,dsrf/1.1.2,BasicAudioProfile'", Unreadable("HEAD,dsrf/1.1.2,BasicAudioProfile\n").Message, StringComparison.Ordinal);

    [Fact]
    public void ReadHeader_MissingCells_NamesHowManyAndWhichAreNeeded() =>
        Assert.Equal("test.tsv line 1, HEAD has 5 cells, expected at least 10 (RecordType to UsageEndDate); the file cannot be imported without a readable header",
            Unreadable(Tab("HEAD", "dsrf/1.1.2/1.6/1.0", "BasicAudioProfile", "1.2", "M1") + "\n").Message);

    [Theory]
    [InlineData("2026-13", "2026-11-30", "UsageStartDate '2026-13' is not an ISO 8601 date")]
    [InlineData("2026-11-01", "", "UsageEndDate '' is not an ISO 8601 date")]
    [InlineData("2026-11-02", "2026-11-01", "UsageEndDate '2026-11-01' is before UsageStartDate '2026-11-02'")]
    public void ReadHeader_BadPeriod_NamesTheCellAndValue(string start, string end, string expected) =>
        Assert.Contains(expected, Unreadable(Head(start: start, end: end) + "\n").Message, StringComparison.Ordinal);

    [Fact]
    public void ReadHeader_FileNumberAboveNumberOfFiles_IsRefused() =>
        Assert.Contains("HEAD FileNumber is 3, more than NumberOfFiles 2", Unreadable(Head(file: "3", files: "2") + "\n").Message, StringComparison.Ordinal);

    [Fact]
    public void ReadHeader_MonthPeriod_StartsOnTheFirstAndEndsOnTheLastDay()
    {
        var (header, rows, reader) = Read(Head(start: "2026-02", end: "2026-02"));

        Assert.Equal((new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 2, 28, 0, 0, 0, TimeSpan.Zero)), (header.UsageStart, header.UsageEnd));
        Assert.Equal(("MSG-1", Sender, 1, 1), (header.MessageId, header.SenderPartyId, header.FileNumber, header.NumberOfFiles));
        Assert.Empty(rows);
        Assert.Equal(1, reader.Lines);
    }

    [Fact]
    public void ReadRows_StreamsOfARecordingWithAnIsrc_OneUsageWithTheSummarysTerritory()
    {
        var (_, rows, reader) = Read(Head(), "#SY02.03\tSummaryRecordId", Summary(territory: "fr"), Release("B1"), Resource("B1", "1", "us-s1z-14-12345"),
            Streams("B1", "1", "1234"), Foot(7));

        var row = Assert.Single(rows);
        Assert.Equal(6, row.Line);
        Assert.Equal(new DsrUsage("SU02.03", "isrc", "USS1Z1412345", "ResourceISRC", 1_234, "FR", "T1"), row.Usage);
        Assert.Equal((7L, 3L, 1L), (reader.Lines, reader.ContextRecords, reader.Comments));
        Assert.Equal(1, reader.Ignored["FOOT"]);
    }

    [Fact]
    public void ReadRows_RecordingWithoutIsrc_IsNamedByItsBlocksOneIswc()
    {
        var (_, rows, _) = Read(Head(), Summary(territory: "Worldwide"), Resource("B1", "1", ""), Work("B1", "T-034.524.680-1"), Streams("B1", "1", "5"));

        Assert.Equal(new DsrUsage("SU02.03", "iswc", "T0345246801", "MusicalWorkISWC", 5, "", "T1"), Assert.Single(rows).Usage);
    }

    [Fact]
    public void ReadRows_RecordingWithoutIsrcInABlockOfTwoWorks_IsRejectedAsUnidentifiable()
    {
        var (_, rows, _) = Read(Head(), Summary(), Resource("B1", "1", ""), Work("B1", "T0345246801"), Work("B1", "T0101974597"), Streams("B1", "1", "5"));

        var problem = Assert.Single(rows).Problem!;
        Assert.Equal((6, "SU02.03", "ResourceISRC", ""), (problem.Line, problem.RecordType, problem.Field, problem.Value));
        Assert.Equal("the resource (line 3) has no valid ISRC and block 'B1' names 2 musical work ISWCs, so the work used cannot be told", problem.Message);
    }

    [Fact]
    public void ReadRows_InvalidIsrcAndIswc_ReportedOnTheirOwnLines()
    {
        var (_, rows, _) = Read(Head(), Summary(), Resource("B1", "1", "US-S1Z-14"), Work("B1", "T0345246802"), Streams("B1", "1", "5"));

        Assert.Equal(3, rows.Count);
        Assert.Equal((3, "ResourceISRC", "US-S1Z-14"), (rows[0].Problem!.Line, rows[0].Problem!.Field, rows[0].Problem!.Value));
        Assert.Contains("is not a valid ISRC", rows[0].Problem!.Message, StringComparison.Ordinal);
        Assert.Equal((4, "MusicalWorkISWC", "T0345246802"), (rows[1].Problem!.Line, rows[1].Problem!.Field, rows[1].Problem!.Value));
        Assert.Equal((5, "ResourceISRC"), (rows[2].Problem!.Line, rows[2].Problem!.Field));
    }

    [Theory]
    [InlineData("1", 1L)]
    [InlineData("12.000", 12L)]
    [InlineData("100000000000", 100_000_000_000L)]
    public void ReadRows_UsageCountAtItsEdges_IsRead(string count, long expected) =>
        Assert.Equal(expected, Assert.Single(Read(Head(), Summary(), Resource("B1", "1", "USS1Z1412345"), Streams("B1", "1", count)).Rows).Usage!.Units);

    [Theory]
    [InlineData("0", "NumberOfStreams is 0, expected 1 to 100,000,000,000: a record of no use counts nothing")]
    [InlineData("-3", "NumberOfStreams is -3, expected 1 to 100,000,000,000")]
    [InlineData("100000000001", "NumberOfStreams is 100,000,000,001, expected 1 to 100,000,000,000")]
    [InlineData("99999999999999999999", "NumberOfStreams '99999999999999999999' is more than 100,000,000,000, the most one usage may count")]
    [InlineData("ten", "NumberOfStreams 'ten' is not a number")]
    [InlineData("", "NumberOfStreams '' is not a number")]
    [InlineData("400.25", "NumberOfStreams '400.25' is not a whole number of uses; the ledger counts whole uses and does not round")]
    public void ReadRows_BadUsageCount_RejectedNamingTheCellAndValue(string count, string expected)
    {
        var problem = Assert.Single(Read(Head(), Summary(), Resource("B1", "1", "USS1Z1412345"), Streams("B1", "1", count)).Rows).Problem!;

        Assert.Equal((4, "SU02.03", "NumberOfStreams", count, expected), (problem.Line, problem.RecordType, problem.Field, problem.Value, problem.Message));
    }

    [Fact]
    public void ReadRows_UgcUsage_FindsTheRecordingByDspResourceId()
    {
        var (_, rows, _) = Read(Head(), Summary(), Resource("B1", "1", "USS1Z1412345", dspId: "vid-9"), Ugc("B1", "vid-9", "77"), Ugc("B1", "vid-8", "1"), Ugc("B1", "vid-9", "1.5"));

        Assert.Equal(new DsrUsage("SU03.02", "isrc", "USS1Z1412345", "ResourceISRC", 77, "DE", "U1"), rows[0].Usage);
        Assert.Equal(("DspResourceId", "vid-8", "no AS01/AS02 record in block 'B1' has DspResourceId 'vid-8'"), (rows[1].Problem!.Field, rows[1].Problem!.Value, rows[1].Problem!.Message));
        Assert.Equal("Usages", rows[2].Problem!.Field);
    }

    [Fact]
    public void ReadRows_BrokenReferences_EachRejectedNamingTheCell()
    {
        var (_, rows, _) = Read(Head(), Summary(), Resource("B1", "1", "USS1Z1412345"), Resource("B1", "1", "USS1Z1412346"),
            Streams("B1", "2", "5"), Streams("B1", "1", "5", summary: "9"), ReleaseStreams("B1", "1", "5"), Streams("B2", "1", "5"));

        Assert.Equal(
        [
            (4, "ResourceReference", "1"),
            (5, "TransactedResourceReference", "2"),
            (6, "SummaryRecordId", "9"),
            (7, "TransactedReleaseReference", "1"),
            (8, "TransactedResourceReference", "1"),
        ], rows.Select(r => (r.Line, r.Problem!.Field, r.Problem!.Value)).ToList());
        Assert.Equal("no AS01/AS02 record in block 'B2' has ResourceReference '1'", rows[4].Problem!.Message);
    }

    [Fact]
    public void ReadRows_MissingCellsUnknownTypesAndASecondHead_ReportedOrIgnored()
    {
        var (_, rows, reader) = Read(Head(), Summary(), Resource("B1", "1", "USS1Z1412345"), Tab("SU02.03", "B1", "1", "T1", "", "1", "true"),
            Tab("SU01.03", "B1", "1", "T2", "", "1", "true", "false", "3"), Tab("ZZ99", "x"), Head());

        Assert.Equal([(4, "SU02.03 has 7 cells, expected at least 8 (up to the usage count)"), (7, "a second HEAD record; a DSR file has one, on its first record line")],
            rows.Select(r => (r.Line, r.Problem!.Message)).ToList());
        Assert.Equal(new Dictionary<string, long> { ["SU01.03"] = 1, ["ZZ99"] = 1 }, reader.Ignored);
    }

    [Fact]
    public void ReadRows_LineAtAndPastTheMaximumLength_LongerOneRejected()
    {
        var atMax = Streams("B1", "1", "5");
        atMax += new string(' ', DsrReader.MaxLineLength - atMax.Length);
        var (_, rows, _) = Read(Head(), Summary(), Resource("B1", "1", "USS1Z1412345"), atMax, atMax + " ");

        Assert.Equal(5L, rows[0].Usage!.Units);
        Assert.Equal((5, "the line has 65,537 characters, more than the 65,536 a line may have"), (rows[1].Line, rows[1].Problem!.Message));
    }

    [Fact]
    public void ReadRows_CrlfAndByteOrderMark_ReadAsPlainLines()
    {
        var text = string.Join("\r\n", Head(), Summary(), Resource("B1", "1", "USS1Z1412345"), Streams("B1", "1", "42")) + "\r\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
        var dsr = new DsrReader(reader, "bom.tsv");

        var header = dsr.ReadHeader();
        var row = Assert.Single(dsr.ReadRows());

        Assert.Equal("MSG-1", header.MessageId);
        Assert.Equal((4, 42L, "USS1Z1412345"), (row.Line, row.Usage!.Units, row.Usage.Identifier));
    }

    [Fact]
    public void ReadRows_NewBlock_ForgetsTheResourcesOfTheLastOne()
    {
        var (_, rows, _) = Read(Head(), Summary(), Resource("B1", "1", "USS1Z1412345"), Streams("B1", "1", "1"), Resource("B2", "1", "USS1Z1412346"), Streams("B2", "1", "2"));

        Assert.Equal(["USS1Z1412345", "USS1Z1412346"], rows.Select(r => r.Usage!.Identifier).ToList());
    }
}
