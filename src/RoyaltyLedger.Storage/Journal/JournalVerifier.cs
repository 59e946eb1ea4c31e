using RoyaltyLedger.Domain.Ledger;
using static System.FormattableString;

namespace RoyaltyLedger.Storage.Journal;

/// <summary>
/// Checks entries in order, one at a time, remembering only the previous entry's number and hash: numbered without
/// gaps from 1, linked to the previous hash, hashed as their contents say, lines numbered from 0, balanced.
/// </summary>
internal sealed class JournalVerifier
{
    private readonly List<PostingLine> _lines = [];
    private byte[] _prevHash = JournalHash.Genesis.ToArray();

    /// <summary>The number the next entry must have.</summary>
    public long Expected { get; private set; } = 1;

    public long Checked { get; private set; }

    /// <summary>The hash of the last entry checked (the genesis hash before any).</summary>
    public ReadOnlySpan<byte> LastHash => _prevHash;

    /// <summary>Checks the next entry, reading its lines from the cursor. Null when it is intact, else what is wrong.</summary>
    public async Task<string?> CheckAsync(EntryHeader header, LineCursor lines, CancellationToken cancellationToken)
    {
        if (header.EntryNo != Expected)
        {
            return Invariant($"entry {Expected} is missing: the entry after {Expected - 1} is {header.EntryNo}");
        }

        Checked++;
        if (header.LineCount > JournalLimits.MaxLinesPerEntry)
        {
            return Invariant($"entry {header.EntryNo}: it holds {header.LineCount:N0} lines, more than the {JournalLimits.MaxLinesPerEntry:N0} an entry may hold");
        }

        var misnumbered = await lines.CollectAsync(header.EntryNo, _lines, cancellationToken).ConfigureAwait(false);
        var problems = new List<string>();
        if (!header.PrevHash.AsSpan().SequenceEqual(_prevHash))
        {
            problems.Add(header.EntryNo == 1
                ? $"prev_hash {Hex(header.PrevHash)} is not the genesis hash of 32 zero bytes"
                : Invariant($"prev_hash does not match entry {header.EntryNo - 1}'s hash (prev_hash {Hex(header.PrevHash)}, entry {header.EntryNo - 1}'s hash {Hex(_prevHash)})"));
        }

        var recomputed = Recompute(header);
        if (recomputed is null || !recomputed.AsSpan().SequenceEqual(header.Hash))
        {
            problems.Add($"its hash does not match its contents (stored {Hex(header.Hash)}, recomputed {(recomputed is null ? "none: a string has no UTF-8 encoding" : Hex(recomputed))})");
        }

        if (misnumbered is { } m)
        {
            problems.Add(Invariant($"its line numbers do not run from 0 (line {m.Position} is numbered {m.LineNo})"));
        }

        if (JournalBalance.Imbalance(_lines) is { } imbalance)
        {
            problems.Add($"its lines do not balance: {imbalance}");
        }

        if (problems.Count > 0)
        {
            return Invariant($"entry {header.EntryNo}: {string.Join("; ", problems)}");
        }

        _prevHash = header.Hash;
        Expected++;
        return null;
    }

    private byte[]? Recompute(EntryHeader header)
    {
        try
        {
            return JournalHash.Compute(header.PrevHash.Length == JournalHash.Size ? header.PrevHash : new byte[JournalHash.Size],
                header.EntryNo, header.Kind, header.RecordedAtUnixMs, header.Reference, _lines);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string Hex(byte[] hash) => JournalHash.ToHex(hash);
}
