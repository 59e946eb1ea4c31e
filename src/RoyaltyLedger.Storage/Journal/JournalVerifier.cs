using RoyaltyLedger.Domain.Ledger;
using static System.FormattableString;

namespace RoyaltyLedger.Storage.Journal;

/// <summary>
/// Checks one partition's entries in order of number, one at a time, remembering only the previous entry's number and
/// hash: linked to the previous entry of the partition (the first to the genesis hash), hashed as their contents say,
/// lines numbered from 0, balanced. Whether numbers are dense is the caller's check: across partitions they need not be.
/// </summary>
internal sealed class JournalVerifier(int partition)
{
    private readonly List<PostingLine> _lines = [];
    private byte[] _prevHash = JournalHash.Genesis.ToArray();

    public int Partition => partition;

    /// <summary>The number of the last entry checked and found intact, 0 before any.</summary>
    public long LastEntryNo { get; private set; }

    public long Checked { get; private set; }

    /// <summary>The hash of the last entry checked (the genesis hash before any).</summary>
    public ReadOnlySpan<byte> LastHash => _prevHash;

    /// <summary>Checks the next entry, reading its lines from the cursor. Null when it is intact, else what is wrong.</summary>
    public async Task<string?> CheckAsync(EntryHeader header, LineCursor lines, CancellationToken cancellationToken)
    {
        if (header.EntryNo <= LastEntryNo)
        {
            return Invariant($"entry {header.EntryNo}: it comes after entry {LastEntryNo} in partition {partition}'s chain");
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
            problems.Add(LastEntryNo == 0
                ? $"prev_hash {Hex(header.PrevHash)} is not the genesis hash of 32 zero bytes"
                : Invariant($"prev_hash does not match entry {LastEntryNo}'s hash (prev_hash {Hex(header.PrevHash)}, entry {LastEntryNo}'s hash {Hex(_prevHash)})"));
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
        LastEntryNo = header.EntryNo;
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
