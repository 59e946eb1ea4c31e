using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Log;
using RoyaltyLedger.Domain.StatementProofs;

namespace RoyaltyLedger.Domain.Tests.StatementProofs;

/// <summary>
/// A statement with proofs built the way the server builds it: a chained partition of five entries, two of them rating
/// entries of party ada, the partition's log signed at its size, and two statement lines citing ada's lines.
/// </summary>
internal static class ProofFileBuilder
{
    public const int Partition = 3;

    public static readonly LogSigningKey Key = new([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

    public static readonly LogSigningKey OtherKey = new([.. Enumerable.Range(101, 32).Select(i => (byte)i)]);

    public static readonly LineUse Training = new("lumen-ai", "lumen-7b", (int)UseKind.Training, "licensed", "tokens");

    public static readonly LineUse Output = new("lumen-ai", "lumen-7b", (int)UseKind.Output, "unlicensed", "items");

    private static readonly int[] CitedLeaves = [1, 3, 4];

    public static StatementProofFile Build(LogSigningKey? key = null, int headPartition = Partition)
    {
        var drafts = new List<(string Kind, IReadOnlyList<PostingLine> Lines)>
        {
            ("usage", Rating("tides", "party:bob", -3, Training)),
            ("usage", [.. Rating("tides", "party:ada", -10, Training), .. Rating("tides", "claimed:ada", -4, Output, "claims:lumen-ai")]),
            ("payout", [new("party:ada", "", "EUR", 10), new("payouts:soc", "", "EUR", -10)]),
            ("adjustment", Rating("tides", "party:ada", -2, Training)),
            ("usage", Rating("river", "party:ada", -1, Training)),
        };
        var entries = new List<JournalEntry>();
        var prev = JournalHash.Genesis.ToArray();
        long entryNo = 100;
        foreach (var (kind, lines) in drafts)
        {
            entryNo += 7;
            var hash = JournalHash.Compute(prev, entryNo, kind, 1_795_000_000_000 + entryNo, $"ref {entryNo}", lines);
            entries.Add(new JournalEntry(entryNo, kind, 1_795_000_000_000 + entryNo, $"ref {entryNo}", lines, prev, hash));
            prev = hash;
        }

        var leaves = entries.Select(e => LogLeaf.Hash(Partition, e.EntryNo, e.Hash)).ToList();
        var head = (key ?? Key).Sign(headPartition, leaves.Count, LogTree.Root(leaves, leaves.Count), 1_795_100_000_000);
        var proven = CitedLeaves.Select(i => Proven(entries[i], i, leaves)).ToList();
        var e1 = entries[1].EntryNo;
        var e3 = entries[3].EntryNo;
        var e4 = entries[4].EntryNo;
        return new StatementProofFile(StatementProofFile.FormatName, StatementProofFile.CurrentVersion, "ada", "", "", [ProofHead.From(head)], proven,
        [
            Line("tides", Training, "12", [new(e1, [1]), new(e3, [1])]),
            Line("tides", Output, "4", [new(e1, [3])]),
            Line("river", Training, "1", [new(e4, [1])]),
            Line("quiet", Training, "0", []),
        ]);
    }

    private static PostingLine[] Rating(string work, string party, long amount, LineUse use, string? payer = null) =>
    [
        new(payer ?? "operator:lumen-ai", work, "EUR", -amount, "2026-11") { Use = use },
        new(party, work, "EUR", amount, "2026-11") { Use = use },
    ];

    private static ProvenEntry Proven(JournalEntry entry, int leaf, List<byte[]> leaves) =>
        new(entry.EntryNo, Partition, entry.Kind, entry.RecordedAtUnixMs, entry.Reference, Convert.ToHexStringLower(entry.PrevHash),
            Convert.ToHexStringLower(entry.Hash), [.. entry.Lines.Select(ProvenJournalLine.From)], leaf, leaves.Count,
            [.. LogTree.InclusionProof(leaves, leaf, leaves.Count).Select(Convert.ToHexStringLower)]);

    private static ProvenLine Line(string work, LineUse use, string amount, LineCitation[] citations) =>
        new(work, work.ToUpperInvariant(), use.OperatorId, use.ModelId, use.UseKind, use.Status, use.UnitKind, "EUR", "2026-11", 1, "1000", amount, citations);
}
