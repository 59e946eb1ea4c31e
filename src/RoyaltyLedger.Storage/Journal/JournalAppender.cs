using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.Journal;

/// <summary>
/// Appends to the journal inside a write transaction that another feature's store opened (a projection round, a
/// payout, a removal): locks and reads the head, numbers and chains the entries, inserts them with their lines and
/// balances, and moves the head. The one writer of the journal's rows.
/// </summary>
internal sealed class JournalAppender(LedgerDatabase database)
{
    /// <summary>
    /// Takes the journal's head lock at the start of a transaction that appends to the journal or replaces totals the
    /// journal's lines stand behind. Every such transaction takes it first, so they serialize in one order.
    /// </summary>
    public Task LockAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        LockAsync(connection, transaction, partition: 0, cancellationToken);

    /// <summary>
    /// Takes one partition's head lock (docs/partitions.md). Transactions that need several take them in ascending
    /// partition order. Issue 13 seam: partitions other than 0 are not stored yet.
    /// </summary>
    public async Task LockAsync(DbConnection connection, DbTransaction transaction, int partition, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(partition);
        if (database.LockJournalHeadSql is { } sql)
        {
            await using var command = LedgerDatabase.Command(connection, transaction, sql);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Appends the drafts inside the caller's write transaction (the projector's commit): checks each draft
    /// (<see cref="JournalDraftRules"/>: balanced per currency, at most <see cref="JournalLimits.MaxLinesPerEntry"/>
    /// lines; otherwise <see cref="ArgumentException"/> naming the draft), locks and reads the head, numbers the
    /// entries after it, chains their hashes, inserts entries and lines, adds to <c>account_balances</c> and moves the
    /// head. Returns the entry numbers, in draft order; no drafts append nothing. On PostgreSQL the head is locked
    /// FOR UPDATE until the caller commits, so appends are serialized; on SQLite the caller holds the writer lock.
    /// </summary>
    public Task<IReadOnlyList<long>> AppendAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<JournalEntryDraft> drafts, long recordedAtUnixMs, CancellationToken cancellationToken) =>
        AppendAsync(connection, transaction, partition: 0, drafts, recordedAtUnixMs, cancellationToken);

    /// <summary>
    /// Appends the drafts to one partition's chain (docs/partitions.md); the caller holds that partition's lock.
    /// Issue 13 seam: partitions other than 0 are not stored yet.
    /// </summary>
    public async Task<IReadOnlyList<long>> AppendAsync(
        DbConnection connection, DbTransaction transaction, int partition, IReadOnlyList<JournalEntryDraft> drafts, long recordedAtUnixMs, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(partition);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        CheckDrafts(drafts);
        return drafts.Count == 0 ? [] : await AppendCheckedAsync(connection, transaction, drafts, recordedAtUnixMs, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<long>> AppendCheckedAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<JournalEntryDraft> drafts, long recordedAtUnixMs, CancellationToken cancellationToken)
    {
        var (headEntryNo, headHash) = await ReadHeadAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var rows = JournalRows.Chain(drafts, headEntryNo, headHash, recordedAtUnixMs);
        await database.InsertJournalRowsAsync(connection, transaction, rows, cancellationToken).ConfigureAwait(false);
        await using (var move = LedgerDatabase.Command(connection, transaction, JournalSql.MoveHead, ("n", rows.Last.EntryNo), ("h", rows.Last.Hash), ("p", headEntryNo)))
        {
            if (await move.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                throw new UnreachableException($"journal_head moved from entry {headEntryNo} while an append held it locked");
            }
        }

        return [.. rows.Entries.Select(e => e.EntryNo)];
    }

    public async Task<(long EntryNo, byte[] Hash)> ReadHeadAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = LedgerDatabase.Command(connection, transaction, database.SelectJournalHeadSql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new UnreachableException("journal_head has no row; the schema creates it at start-up");
        }

        var head = (reader.GetInt64(0), reader.GetFieldValue<byte[]>(1));
        if (head.Item1 < 0 || head.Item2.Length != JournalHash.Size)
        {
            throw new UnreachableException(string.Create(CultureInfo.InvariantCulture,
                $"journal_head holds entry {head.Item1} with a hash of {head.Item2.Length} bytes"));
        }

        return head;
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
