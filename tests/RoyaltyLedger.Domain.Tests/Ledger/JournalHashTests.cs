using RoyaltyLedger.Domain.Money;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Domain.Tests.Ledger;

public class JournalHashTests
{
    private static readonly byte[] Prev = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    private static readonly PostingLine[] Lines =
    [
        new("operator:lumen-ai", "tides-of-lagos", "EUR", 1_250_000_000),
        new("party:ada-okafor", "tides-of-lagos", "EUR", -1_000_000_000),
        new("party:lucas-martin", "tides-of-lagos", "EUR", -250_000_000),
    ];

    private static byte[] Hash(
        byte[]? prev = null, long entryNo = 7, string kind = "usage", long at = 1_795_000_000_000, string reference = "log 1-200",
        IReadOnlyList<PostingLine>? lines = null) =>
        JournalHash.Compute(prev ?? Prev, entryNo, kind, at, reference, lines ?? Lines);

    /// <summary>The encoding as the README documents it, written out independently of JournalHasher.</summary>
    private static byte[] Documented(byte[] prev, long entryNo, string kind, long at, string reference, PostingLine[] lines)
    {
        var bytes = new List<byte>();
        void Int64(long v) { var b = new byte[8]; BinaryPrimitives.WriteInt64BigEndian(b, v); bytes.AddRange(b); }
        void Int32(int v) { var b = new byte[4]; BinaryPrimitives.WriteInt32BigEndian(b, v); bytes.AddRange(b); }
        void Int128(Int128 v) { var b = new byte[16]; BinaryPrimitives.WriteInt128BigEndian(b, v); bytes.AddRange(b); }
        void Text(string s) { var utf8 = Encoding.UTF8.GetBytes(s); Int32(utf8.Length); bytes.AddRange(utf8); }

        bytes.AddRange(Encoding.ASCII.GetBytes("royaltyledger.journal.v2\0"));
        bytes.AddRange(prev);
        Int64(entryNo);
        Text(kind);
        Int64(at);
        Text(reference);
        Int32(lines.Length);
        foreach (var line in lines)
        {
            Text(line.Account);
            Text(line.WorkId);
            Text(line.Currency);
            Int128(line.AmountNanos);
        }

        return SHA256.HashData([.. bytes]);
    }

    [Fact]
    public void Compute_AnEntry_IsSha256OfTheDocumentedEncoding()
    {
        Assert.Equal(Documented(Prev, 7, "usage", 1_795_000_000_000, "log 1-200", Lines), Hash());
    }

    [Fact]
    public void Compute_AmountsBeyond64Bits_EncodedAsSixteenBytesAndDistinct()
    {
        // 10^23 and -10^23 nanos, one use at the limits (docs/money.md), and ±(10^38 - 1), the stored bound.
        var big = Int128.Parse("100000000000000000000000", System.Globalization.CultureInfo.InvariantCulture);
        PostingLine[] lines =
        [
            new("operator:lumen-ai", "w", "EUR", big), new("party:ada", "w", "EUR", -big),
            new("party:x", "", "EUR", LedgerAmounts.Max), new("party:y", "", "EUR", -LedgerAmounts.Max),
        ];
        Assert.Equal(Documented(Prev, 7, "usage", 1, "r", lines), Hash(entryNo: 7, at: 1, reference: "r", lines: lines));
        Assert.NotEqual(Hash(lines: lines), Hash(lines: [lines[0] with { AmountNanos = big + 1 }, lines[1] with { AmountNanos = -big - 1 }, lines[2], lines[3]]));
    }

    [Fact]
    public void Compute_ManyLinesAndLongStrings_StillTheDocumentedEncoding()
    {
        // 3,000 lines and a reference of 1,024 non-ASCII characters cross the hasher's 16 KiB buffer many times.
        var lines = Enumerable.Range(0, 3_000).Select(i => new PostingLine($"party:p-{i}", i % 2 == 0 ? "" : $"w-{i}", "EUR", i - 1_500L)).ToArray();
        var reference = new string('é', 1_000) + "🎵🎵🎵🎵🎵🎵🎵🎵🎵🎵🎵🎵";

        Assert.Equal(Documented(JournalHash.Genesis.ToArray(), long.MaxValue, "adjustment", -1, reference, lines),
            JournalHash.Compute(JournalHash.Genesis, long.MaxValue, "adjustment", -1, reference, lines));
    }

    [Fact]
    public void Compute_SameEntryTwice_GivesTheSame32Bytes()
    {
        var first = Hash();
        var second = Hash();

        Assert.Equal(32, first.Length);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Compute_AnyFieldChanged_ChangesTheHash()
    {
        var otherPrev = (byte[])Prev.Clone();
        otherPrev[31] ^= 1;
        var variants = new Dictionary<string, byte[]>
        {
            ["original"] = Hash(),
            ["prev hash"] = Hash(prev: otherPrev),
            ["entry no"] = Hash(entryNo: 8),
            ["kind"] = Hash(kind: "adjustment"),
            ["recorded at"] = Hash(at: 1_795_000_000_001),
            ["reference"] = Hash(reference: "log 1-201"),
            ["account"] = Hash(lines: [Lines[0] with { Account = "operator:quill-labs" }, Lines[1], Lines[2]]),
            ["work id"] = Hash(lines: [Lines[0] with { WorkId = "north-wind" }, Lines[1], Lines[2]]),
            ["currency"] = Hash(lines: [Lines[0] with { Currency = "USD" }, Lines[1], Lines[2]]),
            ["amount"] = Hash(lines: [Lines[0] with { AmountNanos = 1_250_000_001 }, Lines[1], Lines[2]]),
            ["line order"] = Hash(lines: [Lines[0], Lines[2], Lines[1]]),
            ["a line fewer"] = Hash(lines: [Lines[0], Lines[1]]),
            ["a line more"] = Hash(lines: [.. Lines, Lines[2]]),
            ["empty work id"] = Hash(lines: [Lines[0] with { WorkId = "" }, Lines[1], Lines[2]]),
        };

        var distinct = variants.GroupBy(v => Convert.ToHexString(v.Value)).Where(g => g.Count() > 1).Select(g => string.Join(" = ", g.Select(v => v.Key)));
        Assert.Empty(distinct);
    }

    [Fact]
    public void Compute_RecordKindsWithTheSameReference_EachTheDocumentedEncodingAndAllApart()
    {
        // The kind is part of the encoding, so a withdrawal can never pass for the request or attestation it follows.
        const string reference = "{\"request\":\"r-1\"}";
        string[] kinds = [EntryKinds.RemovalRequest, EntryKinds.RemovalAttestation, EntryKinds.RemovalWithdrawal];

        var hashes = kinds.Select(k => Hash(kind: k, reference: reference, lines: [])).ToList();

        Assert.Equal(kinds.Select(k => Documented(Prev, 7, k, 1_795_000_000_000, reference, [])), hashes);
        Assert.Equal(3, hashes.Select(Convert.ToHexString).Distinct().Count());
    }

    [Fact]
    public void Compute_StringBoundaryMoved_ChangesTheHash()
    {
        Assert.NotEqual(Hash(kind: "ab", reference: "c"), Hash(kind: "a", reference: "bc"));
        Assert.NotEqual(
            Hash(lines: [new("ab", "c", "EUR", 1), new("x", "", "EUR", -1)]),
            Hash(lines: [new("a", "bc", "EUR", 1), new("x", "", "EUR", -1)]));
    }

    [Fact]
    public void Genesis_Is32ZeroBytes()
    {
        Assert.Equal(new byte[32], JournalHash.Genesis.ToArray());
    }

    [Fact]
    public void Compute_UnpairedSurrogate_ThrowsNamingTheField()
    {
        var error = Assert.Throws<ArgumentException>(() => Hash(reference: "log \uD800 1"));

        Assert.Equal("the reference contains an unpaired surrogate at index 4, which has no UTF-8 encoding (Parameter 'reference')", error.Message);
    }

    [Fact]
    public void Compute_PrevHashOf31Bytes_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Hash(prev: new byte[31]));

        Assert.Equal("the previous hash is 31 bytes, expected 32 (Parameter 'prevHash')", error.Message);
    }

    [Fact]
    public void Hasher_FinishedBeforeEveryLine_Throws()
    {
        using var hasher = new JournalHasher();
        hasher.Begin(Prev, 1, "usage", 0, "", 2);
        hasher.AddLine(Lines[0]);

        var error = Assert.Throws<InvalidOperationException>(hasher.Finish);

        Assert.Equal("the entry was begun with 2 lines and 1 were added", error.Message);
    }

    [Fact]
    public void Hasher_AfterAFailedEntry_HashesTheNextOneCorrectly()
    {
        using var hasher = new JournalHasher();
        Assert.Throws<ArgumentException>(() => hasher.Begin(Prev, 7, "usage", 1_795_000_000_000, "bad \uDC00", 3));

        hasher.Begin(Prev, 7, "usage", 1_795_000_000_000, "log 1-200", 3);
        foreach (var line in Lines)
        {
            hasher.AddLine(line);
        }

        Assert.Equal(Hash(), hasher.Finish());
    }

    [Fact]
    public void ToHex_AHash_IsLowerCaseHex()
    {
        Assert.Equal("0102ff", JournalHash.ToHex([1, 2, 255]));
    }
}
