using RoyaltyLedger.Storage.Amounts;
using System.Data.Common;
using System.Globalization;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage.Journal;
using RoyaltyLedger.Application.Journal;

namespace RoyaltyLedger.Storage;

/// <summary>Reads the journal: entries with their lines, balances, and a work's rating sums.</summary>
public partial class SqlLedgerStore
{
    public async Task<IReadOnlyList<JournalEntry>> ReadEntriesAsync(long fromEntryNo, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fromEntryNo, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, IJournalStore.MaxEntriesPerRead);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var headers = await ReadHeadersAsync(connection, fromEntryNo, long.MaxValue, limit, IJournalStore.MaxLinesPerRead, cancellationToken).ConfigureAwait(false);
        if (headers.Count == 0)
        {
            return [];
        }

        await using var command = Command(connection, null, JournalSql.Lines, ("f", headers[0].EntryNo), ("t", headers[^1].EntryNo));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var cursor = await LineCursor.StartAsync(reader, cancellationToken).ConfigureAwait(false);
        var entries = new List<JournalEntry>(headers.Count);
        foreach (var h in headers)
        {
            if (h.LineCount > JournalLimits.MaxLinesPerEntry)
            {
                // Appends never write such an entry; reading it whole could exhaust memory. Verify names what is wrong.
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                    $"journal entry {h.EntryNo} holds {h.LineCount:N0} lines, more than the {JournalLimits.MaxLinesPerEntry:N0} an entry may hold"));
            }

            var lines = new List<PostingLine>((int)h.LineCount);
            await cursor.CollectAsync(h.EntryNo, lines, cancellationToken).ConfigureAwait(false);
            entries.Add(new JournalEntry(h.EntryNo, h.Kind, h.RecordedAtUnixMs, h.Reference, lines, h.PrevHash, h.Hash));
        }

        return entries;
    }

    public async Task<IReadOnlyList<AccountBalance>> GetBalancesAsync(string accountPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accountPrefix);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, JournalSql.BalancesByPrefix, ("p", accountPrefix));
        var balances = await ReadBalancesAsync(command, cancellationToken).ConfigureAwait(false);
        balances.Sort(JournalOrder.Compare);
        return balances;
    }

    public async Task<IReadOnlyList<AccountBalance>> GetWorkRatingSumsAsync(string workId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(workId);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, JournalSql.WorkSumsByKind, ("w", workId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var sums = new Dictionary<(string Account, string Currency), Int128>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (EntryKinds.IsRating(reader.GetString(0)))
            {
                var key = (reader.GetString(1), reader.GetString(2));
                sums[key] = sums.GetValueOrDefault(key) + reader.GetInt128(3);
            }
        }

        var result = sums.Where(s => s.Value != 0)
            .Select(s => new AccountBalance(s.Key.Account, s.Key.Currency, checked((long)s.Value)))
            .ToList();
        result.Sort(JournalOrder.Compare);
        return result;
    }

    /// <summary>
    /// Entries from <paramref name="from"/> to <paramref name="to"/> without their lines: at most
    /// <paramref name="maxEntries"/>, cut before the entry that would bring the lines past <paramref name="maxLines"/>
    /// (the first entry is always taken).
    /// </summary>
    private static async Task<List<EntryHeader>> ReadHeadersAsync(
        DbConnection connection, long from, long to, int maxEntries, long maxLines, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, JournalSql.Headers, ("f", from), ("t", to), ("n", maxEntries));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var headers = new List<EntryHeader>();
        long lines = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var header = new EntryHeader(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3),
                reader.GetFieldValue<byte[]>(4), reader.GetFieldValue<byte[]>(5), reader.GetInt64(6));
            if (headers.Count > 0 && lines + header.LineCount > maxLines)
            {
                break;
            }

            headers.Add(header);
            lines += header.LineCount;
        }

        return headers;
    }

    private static async Task<List<AccountBalance>> ReadBalancesAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var balances = new List<AccountBalance>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            balances.Add(new AccountBalance(reader.GetString(0), reader.GetString(1), reader.GetInt128(2)));
        }

        return balances;
    }
}
