using System.Globalization;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Log;

namespace RoyaltyLedger.Domain.StatementProofs;

/// <summary>
/// Checks a statement with proofs with nothing but the log's public key (docs/statement-proofs.md): every head's
/// signature, every cited entry's hash recomputed from its content, its log leaf and inclusion proof against a head of
/// its own partition, and every statement line's amount recomputed from the journal lines it cites, which must be the
/// party's lines with exactly the statement line's keys (and, in every entry of the file, all of them). Each failure names
/// the statement line (work, model, month) or the head or entry, and the journal line.
/// </summary>
public static class StatementProofVerifier
{
    public static StatementProofReport Verify(StatementProofFile file, LogPublicKey key)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(key);
        var failures = new List<string>();
        if (file.Format != StatementProofFile.FormatName || file.Version != StatementProofFile.CurrentVersion)
        {
            failures.Add($"the file's format is '{file.Format}' version {file.Version}, expected '{StatementProofFile.FormatName}' version {StatementProofFile.CurrentVersion}");
            return new(failures, 0, 0, 0);
        }

        var heads = VerifyHeads(file.Heads, key, failures);
        var entries = new Dictionary<long, IReadOnlyList<PostingLine>>();
        foreach (var entry in file.Entries)
        {
            if (VerifyEntry(entry, heads, failures) is { } lines && !entries.TryAdd(entry.EntryNo, lines))
            {
                failures.Add($"entry {entry.EntryNo} appears twice in the file");
            }
        }

        foreach (var line in file.Lines)
        {
            StatementLineCheck.Verify(file.PartyId, line, entries, failures);
        }

        return new(failures, file.Heads.Count, file.Entries.Count, file.Lines.Count);
    }

    private static Dictionary<(int Partition, long Size), SignedTreeHead> VerifyHeads(IReadOnlyList<ProofHead> heads, LogPublicKey key, List<string> failures)
    {
        var verified = new Dictionary<(int, long), SignedTreeHead>();
        foreach (var head in heads)
        {
            var name = $"the head of partition {head.Partition} at size {head.TreeSize}";
            if (head.ToSignedTreeHead() is not { } signed)
            {
                failures.Add($"{name}: its root or signature is not hex");
            }
            else if (signed.KeyId != key.KeyId)
            {
                failures.Add($"{name}: it is signed by key {head.KeyId}, not by the key given ({key.KeyId})");
            }
            else if (!key.Verifies(signed))
            {
                failures.Add($"{name}: its signature does not verify with key {key.KeyId}");
            }
            else
            {
                verified[(head.Partition, head.TreeSize)] = signed;
            }
        }

        return verified;
    }

    /// <summary>The entry's lines when its hash and inclusion verify; null (with the failure added) otherwise.</summary>
    private static List<PostingLine>? VerifyEntry(ProvenEntry entry, Dictionary<(int, long), SignedTreeHead> heads, List<string> failures)
    {
        var name = $"entry {entry.EntryNo} (partition {entry.Partition})";
        var lines = new List<PostingLine>(entry.Lines.Count);
        for (var i = 0; i < entry.Lines.Count; i++)
        {
            if (entry.Lines[i].ToPostingLine() is not { } line)
            {
                failures.Add($"{name} line {i}: amount '{entry.Lines[i].AmountNanos}' is not a whole number of nanos");
                return null;
            }

            lines.Add(line);
        }

        if (Hex.TryDecode(entry.PrevHashHex) is not { Length: JournalHash.Size } prev || Hex.TryDecode(entry.HashHex) is not { Length: JournalHash.Size } hash)
        {
            failures.Add($"{name}: its previous hash or hash is not {JournalHash.Size} bytes of hex");
            return null;
        }

        byte[] recomputed;
        try
        {
            recomputed = JournalHash.Compute(prev, entry.EntryNo, entry.Kind, entry.RecordedAtUnixMs, entry.Reference, lines);
        }
        catch (ArgumentException ex)
        {
            failures.Add($"{name}: its content cannot be hashed ({ex.Message})");
            return null;
        }

        if (!recomputed.AsSpan().SequenceEqual(hash))
        {
            failures.Add($"{name}: its content hashes to {JournalHash.ToHex(recomputed)}, not to the hash {entry.HashHex} it carries; its kind, time, reference or one of its {lines.Count} lines was changed");
            return null;
        }

        return VerifyInclusion(entry, hash, heads, name, failures) ? lines : null;
    }

    private static bool VerifyInclusion(ProvenEntry entry, byte[] hash, Dictionary<(int, long), SignedTreeHead> heads, string name, List<string> failures)
    {
        if (!heads.TryGetValue((entry.Partition, entry.TreeSize), out var head))
        {
            failures.Add($"{name}: no verified head of partition {entry.Partition} at size {entry.TreeSize} in the file");
            return false;
        }

        var path = new List<byte[]>(entry.Path.Count);
        foreach (var node in entry.Path)
        {
            if (Hex.TryDecode(node) is not { Length: 32 } bytes)
            {
                failures.Add($"{name}: its inclusion proof holds '{node}', not a 32-byte hex hash");
                return false;
            }

            path.Add(bytes);
        }

        var leaf = LogLeaf.Hash(entry.Partition, entry.EntryNo, hash);
        if (entry.LeafIndex < 0 || entry.LeafIndex >= entry.TreeSize || !LogTree.VerifyInclusion(leaf, entry.LeafIndex, entry.TreeSize, path, head.Root))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{name}: its inclusion proof as leaf {entry.LeafIndex} does not lead to the signed root {head.RootHex} of partition {entry.Partition} at size {entry.TreeSize}"));
            return false;
        }

        return true;
    }
}
