using System.Globalization;
using RoyaltyLedger.Application.Statements;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Log;
using RoyaltyLedger.Domain.StatementProofs;
using RoyaltyLedger.Domain.Statements;
using RoyaltyLedger.Grains.Abstractions.Statements;

namespace RoyaltyLedger.Application.StatementProofs;

/// <summary>
/// A creator's statement with proofs (docs/statement-proofs.md): the statement's lines, each citing the party's
/// journal lines with its keys; the cited entries whole, each with its inclusion proof in its partition's log against
/// a signed head. The file is built from what the database holds, tampered or not: checking it is the verifier's job.
/// </summary>
public sealed class ReadStatementProofs(StatementQuery statements, IStatementProofStore store, ISignedHeadSource heads)
{
    /// <summary>The statement with proofs; null when the creator is not registered.</summary>
    public async Task<StatementProofFile?> ReadAsync(string creatorId, PeriodRange periods, TimeSpan wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var statement = await statements.ReadAsync(creatorId, periods, wait, cancellationToken);
        if (statement is null)
        {
            return null;
        }

        var cited = await store.ReadPartyLinesAsync(creatorId, periods.From, periods.To, cancellationToken);
        var byKeys = cited.ToLookup(c => Keys(c.Line));
        var lines = statement.View.Lines.Select(l => Proven(l, byKeys[Keys(l)])).ToList();
        var entryNos = lines.SelectMany(l => l.Citations).Select(c => c.EntryNo).Distinct().Order().ToList();
        if (entryNos.Count > StatementProofLimits.MaxCitedEntries)
        {
            throw new TooManyCitedEntriesException(string.Create(CultureInfo.InvariantCulture,
                $"the statement of {creatorId} for {Describe(periods)} cites {entryNos.Count:N0} journal entries, more than the {StatementProofLimits.MaxCitedEntries:N0} one file carries; ask for fewer months (from/to)"));
        }

        var entries = await store.ReadEntriesAsync(entryNos, cancellationToken);
        var (proven, signed) = await ProveAsync(entries, cancellationToken);
        return new StatementProofFile(StatementProofFile.FormatName, StatementProofFile.CurrentVersion, creatorId, periods.From, periods.To,
            [.. signed.Select(ProofHead.From)], proven, lines);
    }

    private async Task<(List<ProvenEntry> Entries, List<SignedTreeHead> Heads)> ProveAsync(IReadOnlyList<PartitionedEntry> entries, CancellationToken cancellationToken)
    {
        var proven = new List<ProvenEntry>(entries.Count);
        var signed = new List<SignedTreeHead>();
        foreach (var partition in entries.GroupBy(e => e.Partition).OrderBy(g => g.Key))
        {
            var leaves = await store.ReadPartitionLeavesAsync(partition.Key, long.MaxValue, cancellationToken);
            var index = leaves.Select((leaf, i) => (leaf.EntryNo, i)).ToDictionary(x => x.EntryNo, x => (long)x.i);
            var needed = partition.Max(e => index[e.Entry.EntryNo]) + 1;
            var head = await heads.HeadCoveringAsync(partition.Key, needed, cancellationToken);
            if (head.TreeSize > leaves.Count)
            {
                // The head was signed over entries appended since the leaves were read.
                leaves = await store.ReadPartitionLeavesAsync(partition.Key, head.TreeSize, cancellationToken);
            }

            var hashes = leaves.Take((int)head.TreeSize).Select(l => LogLeaf.Hash(partition.Key, l.EntryNo, l.Hash)).ToList();
            signed.Add(head);
            foreach (var (_, entry) in partition.OrderBy(e => e.Entry.EntryNo))
            {
                var leaf = index[entry.EntryNo];
                proven.Add(new ProvenEntry(entry.EntryNo, partition.Key, entry.Kind, entry.RecordedAtUnixMs, entry.Reference,
                    JournalHash.ToHex(entry.PrevHash), JournalHash.ToHex(entry.Hash), [.. entry.Lines.Select(ProvenJournalLine.From)], leaf, head.TreeSize,
                    [.. LogTree.InclusionProof(hashes, leaf, head.TreeSize).Select(h => Convert.ToHexStringLower(h))]));
            }
        }

        return (proven, signed);
    }

    private static ProvenLine Proven(StatementLineView line, IEnumerable<CitedJournalLine> cited) =>
        new(line.WorkId, line.WorkTitle, line.OperatorId, line.ModelId, (int)line.Use, line.LicenceStatus, line.UnitKind, line.Currency, line.Period,
            line.EventCount, line.Units.ToString(CultureInfo.InvariantCulture), line.AmountNanos.ToString(CultureInfo.InvariantCulture),
            [.. cited.GroupBy(c => c.EntryNo).OrderBy(g => g.Key).Select(g => new LineCitation(g.Key, [.. g.Select(c => c.LineNo).Order()]))]);

    private static (string, string, string, LineUse) Keys(PostingLine line) => (line.WorkId, line.Currency, line.Period, line.Use);

    private static (string, string, string, LineUse) Keys(StatementLineView line) =>
        (line.WorkId, line.Currency, line.Period, new LineUse(line.OperatorId, line.ModelId, (int)line.Use, line.LicenceStatus, line.UnitKind));

    private static string Describe(PeriodRange periods) =>
        periods.From.Length == 0 && periods.To.Length == 0 ? "all months" : $"months {periods.From}..{periods.To}";
}
