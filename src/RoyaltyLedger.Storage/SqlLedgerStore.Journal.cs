using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage.Journal;

namespace RoyaltyLedger.Storage;

/// <summary>Appends to the journal: numbering, chaining, lines and balances, in the caller's transaction or one of its own.</summary>
public abstract partial class SqlLedgerStore : IJournalStore
{
    public Task<IReadOnlyList<long>> AppendAsync(IReadOnlyList<JournalEntryDraft> drafts, long recordedAtUnixMs, CancellationToken cancellationToken)
    {
        CheckDrafts(drafts);
        return drafts.Count == 0
            ? Task.FromResult<IReadOnlyList<long>>([])
            : WriteAsync((connection, transaction) => AppendCheckedAsync(connection, transaction, drafts, recordedAtUnixMs, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Appends the drafts inside the caller's write transaction (the projector's commit): checks each draft
    /// (<see cref="JournalDraftRules"/>: balanced per currency, at most <see cref="JournalLimits.MaxLinesPerEntry"/>
    /// lines; otherwise <see cref="ArgumentException"/> naming the draft), locks and reads the head, numbers the
    /// entries after it, chains their hashes, inserts entries and lines, adds to <c>account_balances</c> and moves the
    /// head. Returns the entry numbers, in draft order; no drafts append nothing. On PostgreSQL the head is locked
    /// FOR UPDATE until the caller commits, so appends are serialized; on SQLite the caller holds the writer lock.
    /// </summary>
    internal async Task<IReadOnlyList<long>> AppendJournalAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<JournalEntryDraft> drafts, long recordedAtUnixMs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        CheckDrafts(drafts);
        return drafts.Count == 0 ? [] : await AppendCheckedAsync(connection, transaction, drafts, recordedAtUnixMs, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Inserts the entries, their lines and the balance changes of one append; the vendor chooses how to batch them.</summary>
    private protected abstract Task InsertJournalRowsAsync(DbConnection connection, DbTransaction transaction, JournalRows rows, CancellationToken cancellationToken);

    /// <summary>Reads the head; PostgreSQL adds FOR UPDATE so that the row stays locked until the transaction ends.</summary>
    private protected virtual string SelectJournalHeadSql => JournalSql.SelectHead;

    private async Task<IReadOnlyList<long>> AppendCheckedAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<JournalEntryDraft> drafts, long recordedAtUnixMs, CancellationToken cancellationToken)
    {
        var (headEntryNo, headHash) = await ReadJournalHeadAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var rows = JournalRows.Chain(drafts, headEntryNo, headHash, recordedAtUnixMs);
        await InsertJournalRowsAsync(connection, transaction, rows, cancellationToken).ConfigureAwait(false);
        await using (var move = Command(connection, transaction, JournalSql.MoveHead, ("n", rows.Last.EntryNo), ("h", rows.Last.Hash), ("p", headEntryNo)))
        {
            if (await move.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                throw new UnreachableException($"journal_head moved from entry {headEntryNo} while an append held it locked");
            }
        }

        return [.. rows.Entries.Select(e => e.EntryNo)];
    }

    private async Task<(long EntryNo, byte[] Hash)> ReadJournalHeadAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, SelectJournalHeadSql);
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

    private static void CheckDrafts(IReadOnlyList<JournalEntryDraft> drafts)
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
