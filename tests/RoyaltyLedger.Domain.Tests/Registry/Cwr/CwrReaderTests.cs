using RoyaltyLedger.Domain.Registry.Cwr;
using RoyaltyLedger.Testing;

namespace RoyaltyLedger.Domain.Tests.Registry.Cwr;

public class CwrReaderTests
{
    private const string Ipi1 = "00014107338";
    private const string Ipi2 = "01145982828";
    private const string Ipi3 = "00045620792";

    [Fact]
    public void Works_ValidFile_ReadsWorkWritersAndSharesExactly()
    {
        var file = new CwrFile().Group()
            .Work("MIDNIGHT TRAIN", "SW0001", "T0345246801").Writer("SMITH", "ANNA", Ipi1, 6667, "C").Writer("JONES", "", Ipi2, 3333, "A", "OWR")
            .EndGroup().End();

        var (reader, works) = Read(file.Text());

        var work = Assert.Single(works);
        Assert.Empty(work.Problems);
        Assert.Equal(("NWR", "MIDNIGHT TRAIN", "SW0001", "T0345246801", 3, 5), (work.TransactionType, work.Title, work.SubmitterWorkNumber, work.Iswc, work.Line, work.LastLine));
        Assert.Equal(
            [("SWR", "ANNA SMITH", "composer", Ipi1, 6667, 4), ("OWR", "JONES", "author", Ipi2, 3333, 5)],
            work.Writers.Select(w => (w.RecordType, w.DisplayName, w.Role, w.IpiNameNumber, w.PrShareBasisPoints, w.Line)));
        Assert.Equal(("123456789", "TEST PUBLISHING", "2.2"), (reader.Header.SenderId, reader.Header.SenderName, reader.Header.Version));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero), reader.Header.CreatedAt);
        Assert.Empty(reader.FileProblems);
        Assert.Equal(7, reader.LinesRead);
        Assert.Equal("cwr-123456789-SW0001", work.WorkId(reader.Header.SenderId));
    }

    [Fact]
    public void Constructor_EmptyFile_RefusedNamingHdr()
    {
        var ex = Assert.Throws<InvalidDataException>(() => new CwrReader(new StringReader("")));
        Assert.Contains("HDR", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GRHNWR0000102.20", "record type 'GRH': expected HDR")]
    [InlineData("HDRPB123456789SHORT", "line length '19'")]
    [InlineData("HDRXX", "sender type 'XX'")]
    [InlineData("HDRPB123456789", "sender id '1234/6789': expected the sender's code")]
    [InlineData("20261301", "creation date '20261301 120000'")]
    public void Constructor_BadHeader_RefusedNamingFieldAndValue(string header, string expected)
    {
        var good = new CwrFile().Text().Split("\r\n")[0];
        var line = header.Length == 8 ? good.Replace("20261201", header, StringComparison.Ordinal)
            : header.Length == 5 ? header + good[5..]
            : header.Length == 14 ? good.Replace("123456789", "1234/6789", StringComparison.Ordinal)
            : header;
        var ex = Assert.Throws<InvalidDataException>(() => new CwrReader(new StringReader(line + "\n")));
        Assert.Contains($"line 1 HDR {expected}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ElevenDigitIpiSender_JoinsTheSenderTypeDigits()
    {
        var text = new CwrFile(senderId: "014107338").Text().Replace("HDRPB", "HDR00", StringComparison.Ordinal);
        Assert.Equal("00014107338", new CwrReader(new StringReader(text)).Header.SenderId);
    }

    [Fact]
    public void Works_CrlfLfBomAndTrimmedTrailingSpaces_ReadTheSame()
    {
        var file = new CwrFile().Group().Work("SONG", "SW1", "T0000000010").Writer("SMITH", "ANNA", Ipi1, 10000).EndGroup().End();
        var trimmed = string.Join("\n", file.Text("\n").Split('\n').Select(l => l.TrimEnd()));
        var expected = Describe(Read(file.Text("\r\n")).Works);

        Assert.Equal(expected, Describe(Read(file.Text("\n")).Works));
        Assert.Equal(expected, Describe(Read("\uFEFF" + file.Text("\r\n")).Works));
        Assert.Equal(expected, Describe(Read(trimmed).Works));
        Assert.Empty(Assert.Single(Read(trimmed).Works).Problems);
    }

    [Theory]
    [InlineData(0, "PR ownership share above 0")]
    [InlineData(9999, "sum to 99.99 %")]
    [InlineData(10001, "'10001': is 100.01 %, more than 100.00 %")]
    public void Works_SharesNotWhole_RejectedNamingTheSum(int share, string expected)
    {
        var file = new CwrFile().Group().Work("SONG", "SW1").Writer("SMITH", "ANNA", Ipi1, share).EndGroup().End();
        var problem = Assert.Single(Read(file.Text()).Works).Problems[0];
        Assert.Contains(expected, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Works_SharesOneAndRest_AcceptedToTheBasisPoint()
    {
        var file = new CwrFile().Group().Work("SONG", "SW1").Writer("SMITH", "ANNA", Ipi1, 1).Writer("JONES", "BO", Ipi2, 9999).EndGroup().End();
        var work = Assert.Single(Read(file.Text()).Works);
        Assert.Empty(work.Problems);
        Assert.Equal([1, 9999], work.Contributors.Select(w => w.PrShareBasisPoints));
    }

    [Fact]
    public void Works_NonNumericShare_RejectedNamingFieldAndValue()
    {
        var file = new CwrFile().Group().Work("SONG", "SW1").Writer("SMITH", "ANNA", Ipi1, 0, prShareText: "5O00 ").EndGroup().End();
        var problem = Assert.Single(Read(file.Text()).Works).Problems[0];
        Assert.Equal((4, "SWR", "PR ownership share", "5O00"), (problem.Line, problem.RecordType, problem.Field, problem.Value));
    }

    [Fact]
    public void Works_BadIpiCheckDigits_RejectedNamingTheValue()
    {
        var file = new CwrFile().Group().Work("SONG", "SW1").Writer("SMITH", "ANNA", "00014107363", 10000).EndGroup().End();
        var problem = Assert.Single(Assert.Single(Read(file.Text()).Works).Problems);
        Assert.Equal((4, "SWR", "writer IPI name number", "00014107363"), (problem.Line, problem.RecordType, problem.Field, problem.Value));
        Assert.Contains("check digits are 63, expected 38", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("T0345246802", "check digit is 2, expected 1")]
    [InlineData("X0345246801", "expected T followed by 10 digits")]
    public void Works_BadIswc_RejectedNamingTheValue(string iswc, string reason)
    {
        var file = new CwrFile().Group().Work("SONG", "SW1", iswc).Writer("SMITH", "ANNA", Ipi1, 10000).EndGroup().End();
        var problem = Assert.Single(Assert.Single(Read(file.Text()).Works).Problems);
        Assert.Equal((3, "NWR", "ISWC", iswc), (problem.Line, problem.RecordType, problem.Field, problem.Value));
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Works_WriterWithoutIpi_RejectedWithAShareAndLeftOutWithout()
    {
        var file = new CwrFile().Group()
            .Work("ONE", "SW1").Writer("SMITH", "ANNA", "", 10000)
            .Work("TWO", "SW2").Writer("SMITH", "ANNA", Ipi1, 10000).Writer("UNKNOWN", "", "", 0, type: "OWR")
            .EndGroup().End();
        var works = Read(file.Text()).Works;

        var problem = Assert.Single(works[0].Problems);
        Assert.Equal((4, "writer IPI name number"), (problem.Line, problem.Field));
        Assert.Empty(works[1].Problems);
        Assert.Equal([Ipi1], works[1].Contributors.Select(w => w.IpiNameNumber));
    }

    [Fact]
    public void Works_ShortLine_RejectsTheTransactionNamingTheLength()
    {
        var file = new CwrFile().Group().Work("SONG", "SW1").Raw("SWR0000000000000001W001     SMITH").EndGroup().End();
        var problem = Assert.Single(Assert.Single(Read(file.Text()).Works).Problems);
        Assert.Equal((4, "SWR", "line length", "33"), (problem.Line, problem.RecordType, problem.Field, problem.Value));
    }

    [Theory]
    [InlineData("SWR00000A0000000001", "transaction sequence number", "00000A00")]
    [InlineData("SWR0000000000000", "record sequence number", "00000")]
    [InlineData("SWR0000000100000001", "transaction sequence number", "00000001")]
    public void Works_WrongRecordPrefix_RejectsTheTransaction(string prefix, string field, string value)
    {
        var writer = new CwrFile().Group().Work("SONG", "SW1").Writer("SMITH", "ANNA", Ipi1, 10000).Text().Split("\r\n")[3];
        var file = new CwrFile().Group().Work("SONG", "SW1").Raw(prefix.PadRight(19) + writer[19..]).EndGroup().End();
        var problem = Assert.Single(Assert.Single(Read(file.Text()).Works).Problems);
        Assert.Equal((4, field, value), (problem.Line, problem.Field, problem.Value));
    }

    [Fact]
    public void Works_LineNotARecord_RejectsItsTransactionOnly()
    {
        var file = new CwrFile().Group()
            .Work("ONE", "SW1").Writer("SMITH", "ANNA", Ipi1, 10000).Raw("swr lower case is not a record")
            .Work("TWO", "SW2").Writer("JONES", "BO", Ipi2, 10000)
            .EndGroup().End();
        var works = Read(file.Text()).Works;

        Assert.Equal((5, "record type", "swr"), (works[0].Problems[0].Line, works[0].Problems[0].Field, works[0].Problems[0].Value));
        Assert.Empty(works[1].Problems);
    }

    [Fact]
    public void Works_LineLongerThanTheLimit_Rejected()
    {
        var file = new CwrFile().Group().Work("SONG", "SW1").Writer("SMITH", "ANNA", Ipi1, 10000);
        var writer = file.Text().Split("\r\n")[3];
        file.Raw(writer.PadRight(CwrReader.MaxLineLength + 1)).EndGroup().End();
        var atLimit = new CwrFile().Group().Work("SONG", "SW1").Writer("SMITH", "ANNA", Ipi1, 10000).Raw(("SPU" + writer[3..]).PadRight(CwrReader.MaxLineLength)).EndGroup().End();

        Assert.Equal("line length", Assert.Single(Assert.Single(Read(file.Text()).Works).Problems).Field);
        Assert.Empty(Assert.Single(Read(atLimit.Text()).Works).Problems);
    }

    [Fact]
    public void Works_UnreadRecordTypes_IgnoredCountedAndTheWorkImported()
    {
        var file = new CwrFile().Group()
            .Work("SONG", "SW1").Detail("SPU", "01P001").Writer("SMITH", "ANNA", Ipi1, 10000).Detail("SWT").Detail("PWR").Detail("XYZ").Detail("SPU")
            .EndGroup().Group("AGR").Raw("AGR000000010000000012345").Detail("TER").EndGroup().End();
        var (reader, works) = Read(file.Text());

        Assert.Empty(Assert.Single(works).Problems);
        Assert.Equal(
            [("AGR", 1, 12), ("PWR", 1, 7), ("SPU", 2, 4), ("SWT", 1, 6), ("TER", 1, 13), ("XYZ", 1, 8)],
            reader.Ignored.Select(i => (i.Key, i.Value.Count, i.Value.FirstLine)));
    }

    [Fact]
    public void Works_RejectedTransaction_OthersStillRead()
    {
        var file = new CwrFile().Group()
            .Work("ONE", "SW1").Writer("SMITH", "ANNA", Ipi1, 5000)
            .Work("TWO", "SW2", "T0000000021").Writer("JONES", "BO", Ipi2, 5000).Writer("BROWN", "CY", Ipi3, 5000)
            .Work("THREE", "SW3", type: "REV").Writer("SMITH", "ANNA", Ipi1, 10000)
            .EndGroup().End();
        var works = Read(file.Text()).Works;

        Assert.Equal([("ONE", 1), ("TWO", 0), ("THREE", 0)], works.Select(w => (w.Title, w.Problems.Count)));
        Assert.Equal("REV", works[2].TransactionType);
    }

    [Fact]
    public void Works_SameWriterTwice_RejectedBySplitRules()
    {
        var file = new CwrFile().Group().Work("SONG", "SW1").Writer("SMITH", "ANNA", Ipi1, 5000, "C").Writer("SMITH", "ANNA", Ipi1, 5000, "A").EndGroup().End();
        var problem = Assert.Single(Assert.Single(Read(file.Text()).Works).Problems);
        Assert.Equal((5, "SWR", Ipi1), (problem.Line, problem.RecordType, problem.Value));
        Assert.Contains("more than once", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Works_BlankTitleAndNumber_RejectedNamingEach()
    {
        var file = new CwrFile().Group().Work("", "").Writer("SMITH", "ANNA", Ipi1, 10000).EndGroup().End();
        Assert.Equal(["work title", "submitter work number"], Assert.Single(Read(file.Text()).Works).Problems.Select(p => p.Field));
    }

    [Fact]
    public void Works_TrailerCountsWrongOrMissing_ReportedAsFileProblems()
    {
        var good = new CwrFile().Group().Work("SONG", "SW1").Writer("SMITH", "ANNA", Ipi1, 10000).EndGroup();
        var truncated = Read(good.Text());
        var wrong = Read(good.Raw("TRL000010000000200000099").Text());

        Assert.Equal(("TRL", "the file ends without a TRL record: it may be truncated"), (truncated.Reader.FileProblems[0].RecordType, truncated.Reader.FileProblems[0].Reason));
        Assert.Equal(
            [("transaction count", "00000002", "the file holds 1"), ("record count", "00000099", "the file holds 6")],
            wrong.Reader.FileProblems.Select(p => (p.Field, p.Value, p.Reason)));
        Assert.Empty(Assert.Single(wrong.Works).Problems);
    }

    [Fact]
    public void Works_HeaderOnly_NoWorks()
    {
        var (reader, works) = Read(new CwrFile().End().Text());
        Assert.Empty(works);
        Assert.Empty(reader.FileProblems);
    }

    [Fact]
    public void WorkId_NumberAnIdCannotHold_HashedAndDistinct()
    {
        var file = new CwrFile().Group().Work("A", "SW 1").Writer("S", "", Ipi1, 10000).Work("B", "SW/1").Writer("S", "", Ipi1, 10000).EndGroup().End();
        var ids = Read(file.Text()).Works.Select(w => w.WorkId("123456789")).ToList();

        Assert.All(ids, id => Assert.True(Domain.Validation.EntityIds.IsValid(id), id));
        Assert.NotEqual(ids[0], ids[1]);
        Assert.StartsWith("cwr-123456789-h", ids[0], StringComparison.Ordinal);
    }

    private static (CwrReader Reader, List<CwrWork> Works) Read(string text)
    {
        var reader = new CwrReader(new StringReader(text));
        return (reader, reader.Works().ToList());
    }

    private static string Describe(IEnumerable<CwrWork> works) =>
        string.Join("|", works.Select(w => $"{w.Title};{w.SubmitterWorkNumber};{w.Iswc};{w.Problems.Count};"
            + string.Join(",", w.Writers.Select(x => $"{x.DisplayName}:{x.IpiNameNumber}:{x.PrShareBasisPoints}:{x.Role}"))));
}
