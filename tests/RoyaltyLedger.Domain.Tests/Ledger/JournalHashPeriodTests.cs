using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Domain.Tests.Ledger;

/// <summary>Journal hash v3 (docs/payouts.md): entries whose lines carry a month of use; v2 unchanged for the others.</summary>
public class JournalHashPeriodTests
{
    private static readonly byte[] Prev = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    private static readonly PostingLine[] Lines =
    [
        new("operator:lumen-ai", "tides-of-lagos", "EUR", 1_250_000_000, "2026-11"),
        new("party:ada-okafor", "tides-of-lagos", "EUR", -1_000_000_000, "2026-11"),
        new("party:lucas-martin", "tides-of-lagos", "EUR", -250_000_000, "2026-11"),
    ];

    /// <summary>The documented encoding, written out independently of JournalHasher.</summary>
    private static byte[] Documented(string prefix, bool withPeriods, PostingLine[] lines)
    {
        var bytes = new List<byte>();
        void Int64(long v) { var b = new byte[8]; BinaryPrimitives.WriteInt64BigEndian(b, v); bytes.AddRange(b); }
        void Int32(int v) { var b = new byte[4]; BinaryPrimitives.WriteInt32BigEndian(b, v); bytes.AddRange(b); }
        void Text(string s) { var utf8 = Encoding.UTF8.GetBytes(s); Int32(utf8.Length); bytes.AddRange(utf8); }

        bytes.AddRange(Encoding.ASCII.GetBytes(prefix));
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
            if (withPeriods)
            {
                Text(line.Period);
            }

            var amount = new byte[16];
            BinaryPrimitives.WriteInt128BigEndian(amount, line.AmountNanos);
            bytes.AddRange(amount);
        }

        return SHA256.HashData([.. bytes]);
    }

    private static byte[] Hash(PostingLine[] lines) => JournalHash.Compute(Prev, 7, "usage", 1_795_000_000_000, "log 1-200", lines);

    [Fact]
    public void Compute_LinesWithPeriods_IsVersionThreeWithEachLinesPeriod()
    {
        Assert.Equal(Documented("royaltyledger.journal.v3\0", withPeriods: true, Lines), Hash(Lines));
    }

    [Fact]
    public void Compute_LinesWithoutPeriods_IsVersionTwoAsBefore()
    {
        PostingLine[] lines = [.. Lines.Select(l => l with { Period = "" })];

        Assert.Equal(Documented("royaltyledger.journal.v2\0", withPeriods: false, lines), Hash(lines));
    }

    [Fact]
    public void Compute_PeriodsBlankedOrChanged_HashDiffers()
    {
        var blanked = Hash([.. Lines.Select(l => l with { Period = "" })]);
        var moved = Hash([.. Lines.Select(l => l with { Period = "2026-10" })]);
        var oneBlank = Hash([Lines[0] with { Period = "" }, Lines[1], Lines[2]]);

        Assert.Equal(4, new[] { Hash(Lines), blanked, moved, oneBlank }.Select(Convert.ToHexString).Distinct().Count());
    }

    [Fact]
    public void AddLine_PeriodInAnEntryBegunWithout_ThrowsAndTheHasherStaysUsable()
    {
        using var hasher = new JournalHasher();
        hasher.Begin(Prev, 7, "usage", 1_795_000_000_000, "log 1-200", 3);

        Assert.Throws<ArgumentException>(() => hasher.AddLine(Lines[0]));
        hasher.Begin(Prev, 7, "usage", 1_795_000_000_000, "log 1-200", 3, withPeriods: true);
        foreach (var line in Lines)
        {
            hasher.AddLine(line);
        }

        Assert.Equal(Hash(Lines), hasher.Finish());
    }

    [Theory]
    [InlineData("usage", "2026-13", "period '2026-13' is neither empty nor a month yyyy-MM")]
    [InlineData("usage", "2026-1", "period '2026-1' is neither empty nor a month yyyy-MM")]
    [InlineData("payout", "2026-11", "period '2026-11' is on a payout entry; only usage and adjustment lines carry a month of use")]
    public void Problem_BadPeriod_NamesLineAndValue(string kind, string period, string expected)
    {
        var draft = new JournalEntryDraft(kind, "r", [new("party:a", "", "EUR", 5, period), new("operator:o", "", "EUR", -5, period)]);

        Assert.Equal("line 0: " + expected, JournalDraftRules.Problem(draft));
    }

    [Fact]
    public void Difference_PostedWithoutPeriodShouldPerMonth_MovesTheAmountToItsMonths()
    {
        // A line posted before periods existed ("") re-rated into October and November.
        var difference = PostingBook.Difference(
            [new("party:a", "w", "EUR", -30, "2026-10"), new("party:a", "w", "EUR", -70, "2026-11")],
            [new("party:a", "w", "EUR", -100)]);

        Assert.Equal([new("party:a", "w", "EUR", 100, ""), new("party:a", "w", "EUR", -30, "2026-10"), new("party:a", "w", "EUR", -70, "2026-11")], difference);
    }
}
