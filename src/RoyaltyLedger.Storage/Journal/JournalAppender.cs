using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.Journal;

/// <summary>
/// Appends to the journal inside a write transaction that another feature's store opened (a projection round, a
/// payout, a removal): locks and reads a partition's head, numbers and chains the entries, inserts them with their
/// lines and balances, and moves the head. The one writer of the journal's rows. Each partition (docs/partitions.md)
/// has its own chain and head, so appends to different partitions never wait on each other's lock.
/// </summary>
internal sealed class JournalAppender(LedgerDatabase database)
{
    /// <summary>
    /// Takes one partition's head lock (docs/partitions.md): appends to that partition, and writes of totals its
    /// entries stand behind, serialize on it; other partitions go on. Transactions that need several take them in
    /// ascending partition order (<see cref="LockAllAsync"/>).
    /// </summary>
    public async Task LockAsync(DbConnection connection, DbTransaction transaction, int partition, CancellationToken cancellationToken)
    {
        CheckPartition(partition);
        if (database.LockJournalHeadSql is { } sql)
        {
            await using var command = LedgerDatabase.Command(connection, transaction, sql, ("q", partition));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Takes the head locks of partitions 0 to <paramref name="count"/> - 1, in ascending order in one statement: a
    /// payout cycle's consistent cut, and the balances' rebuild, need every partition to stand still.
    /// </summary>
    public async Task LockAllAsync(DbConnection connection, DbTransaction transaction, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, LedgerPartitioning.MaxCount);
        if (database.LockJournalHeadsSql is { } sql)
        {
            await using var command = LedgerDatabase.Command(connection, transaction, sql, ("n", count));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Appends the drafts to one partition's chain (docs/partitions.md); the caller holds that partition's lock. Checks
    /// each draft (<see cref="JournalDraftRules"/>: balanced per currency, at most
    /// <see cref="JournalLimits.MaxLinesPerEntry"/> lines; otherwise <see cref="ArgumentException"/> naming the draft),
    /// reads the partition's head, numbers the entries (<see cref="LedgerDatabase.NextEntryNumbersAsync"/>), chains their
    /// hashes to the partition's previous entry, inserts entries and lines, adds to the partition's
    /// <c>account_balances</c> rows and moves its head. Returns the entry numbers, in draft order; no drafts append nothing.
    /// </summary>
    public async Task<IReadOnlyList<long>> AppendAsync(
        DbConnection connection, DbTransaction transaction, int partition, IReadOnlyList<JournalEntryDraft> drafts, long recordedAtUnixMs, CancellationToken cancellationToken)
    {
        CheckPartition(partition);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        CheckDrafts(drafts);
        return drafts.Count == 0 ? [] : await AppendCheckedAsync(connection, transaction, partition, drafts, recordedAtUnixMs, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<long>> AppendCheckedAsync(
        DbConnection connection, DbTransaction transaction, int partition, IReadOnlyList<JournalEntryDraft> drafts, long recordedAtUnixMs, CancellationToken cancellationToken)
    {
        var (headEntryNo, headHash) = await ReadHeadAsync(connection, transaction, partition, cancellationToken).ConfigureAwait(false);
        var numbers = await database.NextEntryNumbersAsync(connection, transaction, drafts.Count, cancellationToken).ConfigureAwait(false);
        if (numbers.Count != drafts.Count || numbers[0] <= headEntryNo || numbers.Zip(numbers.Skip(1)).Any(n => n.Second <= n.First))
        {
            throw new UnreachableException(string.Create(CultureInfo.InvariantCulture,
                $"partition {partition}'s head is at entry {headEntryNo}, and {drafts.Count} entries were numbered {string.Join(", ", numbers)}: numbers must rise past the head"));
        }

        var rows = JournalRows.Chain(partition, drafts, numbers, headHash, recordedAtUnixMs);
        await database.InsertJournalRowsAsync(connection, transaction, rows, cancellationToken).ConfigureAwait(false);
        await using (var move = LedgerDatabase.Command(connection, transaction, JournalSql.MoveHead,
            ("n", rows.Last.EntryNo), ("h", rows.Last.Hash), ("q", partition), ("p", headEntryNo)))
        {
            if (await move.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                throw new UnreachableException(string.Create(CultureInfo.InvariantCulture,
                    $"partition {partition}'s head moved from entry {headEntryNo} while an append held it locked"));
            }
        }

        return [.. rows.Entries.Select(e => e.EntryNo)];
    }

    public async Task<(long EntryNo, byte[] Hash)> ReadHeadAsync(DbConnection connection, DbTransaction? transaction, int partition, CancellationToken cancellationToken)
    {
        CheckPartition(partition);
        await using var command = LedgerDatabase.Command(connection, transaction, database.SelectJournalHeadSql, ("q", partition));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new UnreachableException(string.Create(CultureInfo.InvariantCulture,
                $"journal_heads has no row for partition {partition}; migration 0003 creates one for every partition"));
        }

        var head = (reader.GetInt64(0), reader.GetFieldValue<byte[]>(1));
        if (head.Item1 < 0 || head.Item2.Length != JournalHash.Size)
        {
            throw new UnreachableException(string.Create(CultureInfo.InvariantCulture,
                $"journal_heads holds entry {head.Item1} with a hash of {head.Item2.Length} bytes for partition {partition}"));
        }

        return head;
    }

    private static void CheckPartition(int partition)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(partition);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(partition, LedgerPartitioning.MaxCount);
    }

    public static void CheckDrafts(IReadOnlyList<JournalEntryDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i] ?? throw new ArgumentException($"journal draft {i + 1} of {drafts.Count} is null", nameof(drafts));
            if (JournalDraftRules.Problem(draft) is { } problem)
            {
                throw new ArgumentException(
                    $"journal draft {i + 1} of {drafts.Count} ({draft.Kind}, reference '{Domain.Validation.EntityIds.Printable(draft.Reference ?? "")}'): {problem}",
                    nameof(drafts));
            }
        }
    }
}
