using System.Data.Common;
using System.Globalization;
using RoyaltyLedger.Application.Journal;
using RoyaltyLedger.Storage.Amounts;
using RoyaltyLedger.Storage.Database;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;

namespace RoyaltyLedger.Storage.Journal;

/// <summary>Compares each work's amounts in the usage totals with what the journal posted for it.</summary>
internal sealed class TotalsAgreementReader(LedgerDatabase database)
{
    private const int MaxDifferencesNamed = 20;

    private const string TotalsPerWork =
        "SELECT work_id, currency, i128_sum(amount_nanos) FROM usage_totals WHERE party_id = '' AND currency <> '' AND status <> 'unidentified' " +
        "GROUP BY work_id, currency";

    // What a work's uses were rated at is what was debited to operators and claims for it; payouts carry no work.
    private const string JournalPerWork =
        "SELECT l.work_id, l.currency, i128_sum(l.amount_nanos) FROM journal_lines l JOIN journal_entries e ON e.entry_no = l.entry_no " +
        "WHERE e.kind IN ('usage', 'adjustment') AND l.work_id <> '' AND (l.account LIKE 'operator:%' OR l.account LIKE 'claims:%') " +
        "GROUP BY l.work_id, l.currency";

    /// <summary>Compares, in one read transaction, each work's amounts in the usage totals with the journal's.</summary>
    public async Task<TotalsAgreement> CompareAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        var totals = await SumsAsync(connection, transaction, TotalsPerWork, cancellationToken).ConfigureAwait(false);
        var journal = await SumsAsync(connection, transaction, JournalPerWork, cancellationToken).ConfigureAwait(false);
        var keys = totals.Keys.Union(journal.Keys).Where(k => totals.GetValueOrDefault(k) != 0 || journal.GetValueOrDefault(k) != 0)
            .OrderBy(k => k.WorkId, StringComparer.Ordinal).ThenBy(k => k.Currency, StringComparer.Ordinal).ToList();
        var differing = keys.Where(k => totals.GetValueOrDefault(k) != journal.GetValueOrDefault(k)).ToList();
        return new TotalsAgreement(keys.Count, differing.Count, [.. differing.Take(MaxDifferencesNamed).Select(k => string.Create(CultureInfo.InvariantCulture,
            $"work {k.WorkId} {k.Currency}: usage totals {totals.GetValueOrDefault(k):N0} nanos, journal {journal.GetValueOrDefault(k):N0}"))]);
    }

    private static async Task<Dictionary<(string WorkId, string Currency), Int128>> SumsAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var sums = new Dictionary<(string, string), Int128>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sums[(reader.GetString(0), reader.GetString(1))] = reader.GetInt128(2);
        }

        return sums;
    }
}
