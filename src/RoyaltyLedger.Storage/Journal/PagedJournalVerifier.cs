using System.Data.Common;
using System.Globalization;
using RoyaltyLedger.Application.Journal;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage.Database;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;
using static System.FormattableString;

namespace RoyaltyLedger.Storage.Journal;

/// <summary>
/// Verifies the journal partition by partition (docs/partitions.md), a page at a time, each page its own short
/// statements, so that neither memory nor a long read (which on SQLite would hold back checkpoints) grows with the
/// journal. Each partition's entries are checked by a <see cref="JournalVerifier"/> of their own and its chain must end
/// at its head in <c>journal_heads</c>; then every payout cycle's recorded cut must name entries that exist
/// (<see cref="PayoutCutVerifier"/>). Numbers may leave gaps between partitions (PostgreSQL's sequence), so an entry
/// deleted from a chain shows as a prev_hash that does not match, named as missing when no partition holds its number.
/// Of the problems found, the one at the lowest entry number is reported.
/// </summary>
internal sealed class PagedJournalVerifier(LedgerDatabase database)
{
    /// <summary>Entries per page of verification.</summary>
    public const int VerifyPageEntries = 1_000;

    /// <summary>Lines per page of verification; a page always holds at least one entry.</summary>
    public const int VerifyPageLines = 50_000;

    private const string MaxPerPartition = "SELECT partition_no, MAX(entry_no) FROM journal_entries GROUP BY partition_no";

    private const string FirstBeyond = "SELECT MIN(entry_no) FROM journal_entries WHERE partition_no = @q AND entry_no > @e";

    /// <summary>Entry numbers read at most when looking for a deleted entry between two of a partition's entries.</summary>
    private const int MaxNumbersRead = 100_000;

    private const string Between = "SELECT entry_no FROM journal_entries WHERE entry_no > @a AND entry_no < @b ORDER BY entry_no LIMIT 100000";

    private sealed record Head(int Partition, long EntryNo, byte[] Hash);

    public async Task<JournalVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Each partition's highest entry is read before the heads: appends move both in one transaction, so an entry
        // committed in between cannot make a head look behind.
        var maxima = await MaximaAsync(connection, cancellationToken).ConfigureAwait(false);
        var heads = await HeadsAsync(connection, cancellationToken).ConfigureAwait(false);
        var problems = new List<(long EntryNo, string Problem)>();
        long checkedEntries = 0;
        foreach (var head in heads)
        {
            var (count, problem) = await VerifyPartitionAsync(connection, head, maxima.GetValueOrDefault(head.Partition), cancellationToken).ConfigureAwait(false);
            checkedEntries += count;
            if (problem is { } p)
            {
                problems.Add(p);
            }
        }

        if (maxima.Keys.FirstOrDefault(p => heads.All(h => h.Partition != p), -1) is var headless and >= 0)
        {
            problems.Add((maxima[headless], Invariant($"entry {maxima[headless]}: it is in partition {headless}, which has no row in journal_heads")));
        }

        var cuts = await PayoutCutVerifier.VerifyAsync(connection, cancellationToken).ConfigureAwait(false);
        if (cuts.Problem is { } cut)
        {
            problems.Add(cut);
        }

        var top = heads.Count == 0 ? new Head(0, 0, JournalHash.Genesis.ToArray()) : heads.MaxBy(h => h.EntryNo)!;
        var first = problems.Count == 0 ? ((long, string)?)null : problems.MinBy(p => p.EntryNo);
        return new JournalVerification(checkedEntries, top.EntryNo, JournalHash.ToHex(top.Hash), first?.Item1, first?.Item2)
        {
            Partitions = heads.Count(h => h.EntryNo > 0 || h.Partition == 0),
            PayoutCutsChecked = cuts.Checked,
        };
    }

    /// <summary>Checks a partition's chain from its first entry to its head; returns the entries read and the first problem.</summary>
    private static async Task<(long Checked, (long, string)? Problem)> VerifyPartitionAsync(
        DbConnection connection, Head head, long maxEntryNo, CancellationToken cancellationToken)
    {
        var verifier = new JournalVerifier(head.Partition);
        if (await VerifyPagesAsync(connection, verifier, head.EntryNo, cancellationToken).ConfigureAwait(false) is { } problem)
        {
            return (verifier.Checked, (problem.EntryNo, problem.Problem));
        }

        var p = head.Partition;
        if (!verifier.LastHash.SequenceEqual(head.Hash))
        {
            return (verifier.Checked, (head.EntryNo, head.EntryNo == 0
                ? Invariant($"journal_heads puts partition {p}'s head at entry 0 (no entries) but holds hash {JournalHash.ToHex(head.Hash)}, not the genesis hash of 32 zero bytes")
                : Invariant($"journal_heads holds hash {JournalHash.ToHex(head.Hash)} for entry {head.EntryNo} of partition {p}, but entry {head.EntryNo}'s hash is {JournalHash.ToHex(verifier.LastHash)}")));
        }

        if (maxEntryNo > head.EntryNo)
        {
            await using var beyond = Command(connection, null, FirstBeyond, ("q", p), ("e", head.EntryNo));
            var first = Convert.ToInt64(await beyond.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            return (verifier.Checked, (first, Invariant(
                $"entry {first}: it lies beyond partition {p}'s head in journal_heads, which is at entry {head.EntryNo} (the partition holds entries up to {maxEntryNo})")));
        }

        return (verifier.Checked, null);
    }

    /// <summary>Checks a partition's entries up to its head; returns the first problem, or null when all are intact.</summary>
    private static async Task<(long EntryNo, string Problem)?> VerifyPagesAsync(
        DbConnection connection, JournalVerifier verifier, long headEntryNo, CancellationToken cancellationToken)
    {
        var p = verifier.Partition;
        while (verifier.LastEntryNo < headEntryNo)
        {
            var headers = await JournalHeaders.ReadPartitionAsync(connection, p, verifier.LastEntryNo + 1, headEntryNo, VerifyPageEntries, VerifyPageLines, cancellationToken)
                .ConfigureAwait(false);
            if (headers.Count == 0)
            {
                return (headEntryNo, Invariant(
                    $"entry {headEntryNo} is missing: journal_heads puts partition {p}'s head at entry {headEntryNo}, but the partition's chain ends at entry {verifier.LastEntryNo}"));
            }

            (long EntryNo, string Problem)? found = null;
            (long After, long Before)? unlinked = null;
            await using (var command = Command(connection, null, JournalSql.PartitionLines, ("q", p), ("f", headers[0].EntryNo), ("t", headers[^1].EntryNo)))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                var lines = await LineCursor.StartAsync(reader, cancellationToken).ConfigureAwait(false);
                foreach (var header in headers)
                {
                    if (!header.PrevHash.AsSpan().SequenceEqual(verifier.LastHash) && header.EntryNo > verifier.LastEntryNo + 1)
                    {
                        unlinked = (verifier.LastEntryNo, header.EntryNo);
                    }

                    if (await verifier.CheckAsync(header, lines, cancellationToken).ConfigureAwait(false) is { } problem)
                    {
                        found = (header.EntryNo, problem);
                        break;
                    }
                }
            }

            if (found is { } f)
            {
                // Read after the lines' reader is closed: PostgreSQL runs one statement at a time on a connection.
                return unlinked is { } u && u.Before == f.EntryNo && await FirstAbsentAsync(connection, u.After, u.Before, cancellationToken).ConfigureAwait(false) is { } absent
                    ? (absent, Invariant($"entry {absent} is missing: the entry after {u.After} is {u.Before}"))
                    : f;
            }
        }

        return null;
    }

    private static async Task<Dictionary<int, long>> MaximaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, MaxPerPartition);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var maxima = new Dictionary<int, long>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            maxima[reader.GetInt32(0)] = reader.GetInt64(1);
        }

        return maxima;
    }

    private static async Task<List<Head>> HeadsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, JournalSql.SelectHeads);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var heads = new List<Head>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            heads.Add(new Head(reader.GetInt32(0), reader.GetInt64(1), reader.GetFieldValue<byte[]>(2)));
        }

        return heads;
    }

    /// <summary>
    /// When an entry's prev_hash does not match the partition's previous entry, the first number between the two that
    /// no partition holds: an entry deleted from the chain. Null when there is none (within a bounded read).
    /// </summary>
    private static async Task<long?> FirstAbsentAsync(DbConnection connection, long after, long before, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, Between, ("a", after), ("b", before));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var expected = after + 1;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (reader.GetInt64(0) != expected)
            {
                return expected;
            }

            expected++;
        }

        return expected < before && expected - after <= MaxNumbersRead ? expected : null;
    }
}
