using System.Text.Json;
using RoyaltyLedger.Domain.StatementProofs;
using static RoyaltyLedger.Domain.Tests.StatementProofs.ProofFileBuilder;

namespace RoyaltyLedger.Domain.Tests.StatementProofs;

/// <summary>The offline check of a statement with proofs (docs/statement-proofs.md): what passes, and each way it fails.</summary>
public class StatementProofVerifierTests
{
    private static StatementProofReport Verify(StatementProofFile file) => StatementProofVerifier.Verify(file, Key.PublicKey);

    private static string OnlyFailure(StatementProofFile file)
    {
        var report = Verify(file);
        Assert.False(report.Verified, "the tampered file verified");
        return report.Failures[0];
    }

    private static string Flip(string hex, int at = 0)
    {
        var bytes = Convert.FromHexString(hex);
        bytes[at] ^= 0x01;
        return Convert.ToHexStringLower(bytes);
    }

    [Fact]
    public void Verify_FileAsBuilt_VerifiesEveryHeadEntryAndLine()
    {
        var report = Verify(Build());
        Assert.Empty(report.Failures);
        Assert.Equal((1, 3, 4), (report.Heads, report.Entries, report.Lines));
    }

    [Fact]
    public void Verify_AfterAJsonRoundTrip_StillVerifies()
    {
        var json = StatementProofJson.Write(Build());
        Assert.True(Verify(StatementProofJson.Read(json)).Verified);
    }

    [Fact]
    public void Verify_EmptyStatement_Verifies()
    {
        var file = Build() with { Heads = [], Entries = [], Lines = [] };
        Assert.True(Verify(file).Verified);
    }

    [Fact]
    public void Verify_WrongKey_NamesBothKeysAndFailsTheLines()
    {
        var report = StatementProofVerifier.Verify(Build(), OtherKey.PublicKey);
        Assert.Contains($"not by the key given ({OtherKey.PublicKey.KeyId})", report.Failures[0], StringComparison.Ordinal);
        Assert.Contains(report.Failures, f => f.Contains("work tides model lumen-7b month 2026-11", StringComparison.Ordinal));
    }

    [Fact]
    public void Verify_HeadSignedByAnotherKeyClaimingThisKeysId_FailsTheSignature()
    {
        var forged = Build(OtherKey);
        var head = forged.Heads[0] with { KeyId = Key.PublicKey.KeyId };
        Assert.Contains("signature does not verify", OnlyFailure(forged with { Heads = [head] }), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("root")]
    [InlineData("signature")]
    [InlineData("size")]
    [InlineData("timestamp")]
    public void Verify_HeadFieldChanged_Fails(string field)
    {
        var file = Build();
        var h = file.Heads[0];
        var changed = field switch
        {
            "root" => h with { RootHex = Flip(h.RootHex, 31) },
            "signature" => h with { SignatureHex = Flip(h.SignatureHex, 5) },
            "size" => h with { TreeSize = h.TreeSize + 1 },
            _ => h with { TimestampUnixMs = h.TimestampUnixMs - 1 },
        };
        Assert.False(Verify(file with { Heads = [changed] }).Verified);
    }

    [Fact]
    public void Verify_HeadOfAnotherPartition_NamesTheMissingHead()
    {
        var failure = OnlyFailure(Build(headPartition: 0));
        Assert.Contains($"no verified head of partition {Partition}", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_JournalLineAmountEdited_NamesTheEntryAndTheStatementLine()
    {
        var file = Build();
        var entry = file.Entries[0];
        var lines = entry.Lines.ToArray();
        lines[1] = lines[1] with { AmountNanos = "-11" };
        var report = Verify(file with { Entries = [entry with { Lines = lines }, .. file.Entries.Skip(1)] });
        Assert.Contains(report.Failures, f => f.StartsWith($"entry {entry.EntryNo} (partition {Partition}): its content hashes to", StringComparison.Ordinal));
        Assert.Contains(report.Failures, f => f.Contains($"statement line work tides model lumen-7b month 2026-11", StringComparison.Ordinal)
            && f.Contains($"cites entry {entry.EntryNo}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("kind")]
    [InlineData("reference")]
    [InlineData("recorded")]
    [InlineData("prev")]
    [InlineData("hash")]
    [InlineData("model")]
    [InlineData("status")]
    public void Verify_EntryFieldChanged_FailsNamingTheEntry(string field)
    {
        var file = Build();
        var e = file.Entries[1];
        var changed = field switch
        {
            "kind" => e with { Kind = "usage" },
            "reference" => e with { Reference = e.Reference + " " },
            "recorded" => e with { RecordedAtUnixMs = e.RecordedAtUnixMs + 1 },
            "prev" => e with { PrevHashHex = Flip(e.PrevHashHex) },
            "hash" => e with { HashHex = Flip(e.HashHex) },
            "model" => e with { Lines = [e.Lines[0], e.Lines[1] with { ModelId = "lumen-8b" }] },
            _ => e with { Lines = [e.Lines[0], e.Lines[1] with { Status = "settled" }] },
        };
        var failure = OnlyFailure(file with { Entries = [file.Entries[0], changed, file.Entries[2]] });
        Assert.StartsWith($"entry {e.EntryNo} (partition {Partition})", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("path")]
    [InlineData("leaf")]
    [InlineData("size")]
    [InlineData("truncated")]
    [InlineData("extended")]
    [InlineData("partition")]
    public void Verify_InclusionProofChanged_FailsNamingTheEntry(string field)
    {
        var file = Build();
        var e = file.Entries[2];
        var changed = field switch
        {
            "path" => e with { Path = [Flip(e.Path[0], 7), .. e.Path.Skip(1)] },
            "leaf" => e with { LeafIndex = e.LeafIndex - 1 },
            "size" => e with { TreeSize = e.TreeSize - 1 },
            "truncated" => e with { Path = [.. e.Path.SkipLast(1)] },
            "extended" => e with { Path = [.. e.Path, e.Path[0]] },
            _ => e with { Partition = 0 },
        };
        var failure = OnlyFailure(file with { Entries = [file.Entries[0], file.Entries[1], changed] });
        Assert.StartsWith($"entry {e.EntryNo}", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_StatementAmountChanged_NamesTheLineAndBothSums()
    {
        var file = Build();
        var failure = OnlyFailure(file with { Lines = [file.Lines[0] with { AmountNanos = "13" }, .. file.Lines.Skip(1)] });
        Assert.Equal("statement line work tides model lumen-7b month 2026-11 (operator lumen-ai, use 1, licensed, unit tokens, EUR): the statement says 13 nanos EUR, the 2 journal lines it cites sum to 12", failure);
    }

    [Fact]
    public void Verify_MissingCitation_NamesTheUncitedLine()
    {
        var file = Build();
        var line = file.Lines[0] with { AmountNanos = "10", Citations = [file.Lines[0].Citations[0]] };
        var failure = OnlyFailure(file with { Lines = [line, .. file.Lines.Skip(1)] });
        Assert.Contains($"entry {file.Entries[1].EntryNo} line 1 has this line's keys", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_CitedLineOfAnotherKey_NamesIt()
    {
        var file = Build();
        var e1 = file.Entries[0].EntryNo;
        var line = file.Lines[1] with { Citations = [new(e1, [1])] };
        var failure = OnlyFailure(file with { Lines = [file.Lines[0], line, .. file.Lines.Skip(2)] });
        Assert.Contains($"entry {e1} line 1 (party:ada", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_CitedOperatorLine_IsNotTheParty()
    {
        var file = Build();
        var e4 = file.Entries[2].EntryNo;
        var line = file.Lines[2] with { AmountNanos = "-1", Citations = [new(e4, [0])] };
        Assert.Contains("is not the party's line", OnlyFailure(file with { Lines = [.. file.Lines.Take(2), line, file.Lines[3]] }), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void Verify_CitedLineOutOfRange_NamesTheIndex(int index)
    {
        var file = Build();
        var line = file.Lines[1] with { Citations = [new(file.Entries[0].EntryNo, [index])] };
        Assert.Contains($"cites line {index} of entry", OnlyFailure(file with { Lines = [file.Lines[0], line, .. file.Lines.Skip(2)] }), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_CitedEntryNotInTheFile_NamesIt()
    {
        var file = Build();
        Assert.Contains("cites entry", OnlyFailure(file with { Entries = [file.Entries[1], file.Entries[2]] }), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_WrongFormatVersion_SaysWhichIsExpected()
    {
        Assert.Contains("expected 'royaltyledger.statement-proofs' version 1", OnlyFailure(Build() with { Version = 2 }), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingField_ThrowsNamingIt()
    {
        var json = StatementProofJson.Write(Build()).Replace("\"party_id\": \"ada\",", "", StringComparison.Ordinal);
        var ex = Assert.Throws<JsonException>(() => StatementProofJson.Read(json));
        Assert.Contains("party_id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NullLines_Throws()
    {
        var json = StatementProofJson.Write(Build() with { Lines = [] }).Replace("\"lines\": []\n}", "\"lines\": null\n}", StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => StatementProofJson.Read(json));
    }
}
