using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Domain.Tests.Ledger;

/// <summary>Journal hash v4 (docs/statement-proofs.md): rating lines that name the uses they price; v2 and v3 unchanged.</summary>
public class JournalHashUseTests
{
    private static readonly byte[] Prev = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    private static readonly LineUse Training = new("lumen-ai", "lumen-7b", (int)UseKind.Training, "licensed", "tokens");

    private static readonly PostingLine[] Lines =
    [
        new("operator:lumen-ai", "tides-of-lagos", "EUR", 1_250_000_000, "2026-11") { Use = Training },
        new("party:ada-okafor", "tides-of-lagos", "EUR", -1_250_000_000, "2026-11") { Use = Training },
    ];

    /// <summary>The documented v4 encoding, written out independently of JournalHasher.</summary>
    private static byte[] Documented(PostingLine[] lines)
    {
        var bytes = new List<byte>();
        void Int64(long v) { var b = new byte[8]; BinaryPrimitives.WriteInt64BigEndian(b, v); bytes.AddRange(b); }
        void Int32(int v) { var b = new byte[4]; BinaryPrimitives.WriteInt32BigEndian(b, v); bytes.AddRange(b); }
        void Text(string s) { var utf8 = Encoding.UTF8.GetBytes(s); Int32(utf8.Length); bytes.AddRange(utf8); }

        bytes.AddRange(Encoding.ASCII.GetBytes("royaltyledger.journal.v4\0"));
        bytes.AddRange(Prev);
        Int64(7);
        Text("usage");
        Int64(1_795_000_000_000);
        Text("log 1-200");
        Int32(lines.Length);
        foreach (var line in lines)
        {
            Text(line.Account);
            Text(line.WorkId);
            Text(line.Currency);
            Text(line.Period);
            Text(line.Use.OperatorId);
            Text(line.Use.ModelId);
            Int32(line.Use.UseKind);
            Text(line.Use.Status);
            Text(line.Use.UnitKind);
            var amount = new byte[16];
            BinaryPrimitives.WriteInt128BigEndian(amount, line.AmountNanos);
            bytes.AddRange(amount);
        }

        return SHA256.HashData([.. bytes]);
    }

    private static byte[] Hash(PostingLine[] lines) => JournalHash.Compute(Prev, 7, "usage", 1_795_000_000_000, "log 1-200", lines);

    [Fact]
    public void Compute_LinesWithUses_IsVersionFourWithEachLinesUse()
    {
        Assert.Equal(Documented(Lines), Hash(Lines));
        Assert.Equal(4, JournalHash.VersionOf(Lines));
    }

    [Fact]
    public void Compute_UsesBlanked_ChangesTheHash()
    {
        var blanked = Lines.Select(l => l with { Use = LineUse.None }).ToArray();
        Assert.Equal(3, JournalHash.VersionOf(blanked));
        Assert.NotEqual(Hash(Lines), Hash(blanked));
    }

    [Theory]
    [InlineData("operator")]
    [InlineData("model")]
    [InlineData("use")]
    [InlineData("status")]
    [InlineData("unit")]
    public void Compute_OneUseFieldChanged_ChangesTheHash(string field)
    {
        var u = Lines[1].Use;
        var changed = field switch
        {
            "operator" => new LineUse("other-ai", u.ModelId, u.UseKind, u.Status, u.UnitKind),
            "model" => new LineUse(u.OperatorId, "lumen-8b", u.UseKind, u.Status, u.UnitKind),
            "use" => new LineUse(u.OperatorId, u.ModelId, (int)UseKind.Output, u.Status, u.UnitKind),
            "status" => new LineUse(u.OperatorId, u.ModelId, u.UseKind, "settled", u.UnitKind),
            _ => new LineUse(u.OperatorId, u.ModelId, u.UseKind, u.Status, "items"),
        };
        Assert.NotEqual(Hash(Lines), Hash([Lines[0], Lines[1] with { Use = changed }]));
    }

    [Fact]
    public void LineUse_DefaultAndEmptyStrings_AreTheSameNone()
    {
        Assert.Equal(LineUse.None, new LineUse("", "", 0, "", ""));
        Assert.True(new LineUse(null, null, 0, null, null).IsNone);
        Assert.False(new LineUse("", "", 1, "", "").IsNone);
    }

    [Fact]
    public void AddLine_UseInAnEntryBegunAsVersionThree_Throws()
    {
        using var hasher = new JournalHasher();
        hasher.Begin(Prev, 7, "usage", 1, "r", 1, withPeriods: true);
        var ex = Assert.Throws<ArgumentException>(() => hasher.AddLine(Lines[0]));
        Assert.Contains("version 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_UseOnAPayoutLine_NamesTheKind()
    {
        var draft = new JournalEntryDraft("payout", "cycle c-1", [Lines[0] with { Period = "" }, Lines[1] with { Period = "" }]);
        Assert.Contains("on a payout entry", JournalDraftRules.Problem(draft), StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_UnknownStatus_NamesTheValue()
    {
        var bad = new LineUse("lumen-ai", "lumen-7b", 1, "paid", "tokens");
        var draft = new JournalEntryDraft("usage", "log 1", [Lines[0] with { Use = bad }, Lines[1] with { Use = bad }]);
        Assert.Contains("status 'paid'", JournalDraftRules.Problem(draft), StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_SameAccountDifferentModels_StayApartAndSumPerKeys()
    {
        var book = new PostingBook();
        var other = new LineUse("lumen-ai", "lumen-8b", 1, "licensed", "tokens");
        book.Post("party:ada", "w", "EUR", -5, "2026-11", Training);
        book.Post("party:ada", "w", "EUR", -7, "2026-11", other);
        book.Post("party:ada", "w", "EUR", -1, "2026-11", Training);
        var lines = book.Lines();
        Assert.Equal(2, lines.Count);
        Assert.Equal(-6, lines.Single(l => l.Use == Training).AmountNanos);
        Assert.Equal(-7, lines.Single(l => l.Use == other).AmountNanos);
    }

    [Fact]
    public void Difference_LineWithoutUses_IsTakenBackAndPostedToItsKeys()
    {
        var posted = new[] { new PostingLine("party:ada", "w", "EUR", -10, "2026-11") };
        var should = new[] { new PostingLine("party:ada", "w", "EUR", -10, "2026-11") { Use = Training } };
        var diff = PostingBook.Difference(should, posted);
        Assert.Equal(2, diff.Count);
        Assert.Equal(10, diff.Single(l => l.Use.IsNone).AmountNanos);
        Assert.Equal(-10, diff.Single(l => l.Use == Training).AmountNanos);
    }
}
