using System.Data.Common;
using System.Globalization;
using RoyaltyLedger.Application.Journal;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage.Amounts;
using RoyaltyLedger.Storage.Database;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;

namespace RoyaltyLedger.Storage.Journal;

/// <summary>
/// The journal: appends in a transaction of their own (other features' stores append inside theirs through
/// <see cref="JournalAppender"/>), entries with their lines, balances and a work's rating sums; the verification
/// (<see cref="PagedJournalVerifier"/>), the balances' rebuild (<see cref="BalanceRebuilder"/>), a party's accounts
/// (<see cref="PartyAccountsReader"/>) and the totals' agreement with the journal (<see cref="TotalsAgreementReader"/>).
/// </summary>
public sealed class SqlJournalStore : IJournalStore
{
    private readonly LedgerDatabase _database;
    private readonly JournalAppender _journal;
    private readonly PagedJournalVerifier _verifier;
    private readonly BalanceRebuilder _rebuilder;
    private readonly PartyAccountsReader _parties;
    private readonly TotalsAgreementReader _agreement;

    public SqlJournalStore(LedgerDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _journal = new JournalAppender(database);
        _verifier = new PagedJournalVerifier(database);
        _rebuilder = new BalanceRebuilder(database, _journal);
        _parties = new PartyAccountsReader(database);
        _agreement = new TotalsAgreementReader(database);
    }

    public Task<IReadOnlyList<long>> AppendAsync(IReadOnlyList<JournalEntryDraft> drafts, long recordedAtUnixMs, CancellationToken cancellationToken)
    {
        JournalAppender.CheckDrafts(drafts);
        return drafts.Count == 0
            ? Task.FromResult<IReadOnlyList<long>>([])
            : _database.WriteAsync((connection, transaction) => _journal.AppendCheckedAsync(connection, transaction, partition: 0, drafts, recordedAtUnixMs, cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<JournalEntry>> ReadEntriesAsync(long fromEntryNo, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fromEntryNo, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, IJournalStore.MaxEntriesPerRead);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var headers = await JournalHeaders.ReadAsync(connection, fromEntryNo, long.MaxValue, limit, IJournalStore.MaxLinesPerRead, cancellationToken).ConfigureAwait(false);
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
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, JournalSql.BalancesByPrefix, ("p", accountPrefix));
        var balances = await ReadBalancesAsync(command, cancellationToken).ConfigureAwait(false);
        balances.Sort(JournalOrder.Compare);
        return balances;
    }

    public async Task<IReadOnlyList<AccountBalance>> GetWorkRatingSumsAsync(string workId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(workId);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
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

    public Task<JournalVerification> VerifyAsync(CancellationToken cancellationToken) => _verifier.VerifyAsync(cancellationToken);

    public Task<BalanceRebuild> RebuildBalancesAsync(CancellationToken cancellationToken) => _rebuilder.RebuildAsync(cancellationToken);

    /// <summary>The party's money per currency from the journal and its payout lines, ordinal currency order.</summary>
    public Task<IReadOnlyList<PartyAccount>> GetPartyAccountsAsync(string partyId, CancellationToken cancellationToken) =>
        _parties.ReadAsync(partyId, cancellationToken);

    /// <summary>Compares, in one read transaction, each work's amounts in the usage totals with the journal's.</summary>
    public Task<TotalsAgreement> CompareTotalsWithJournalAsync(CancellationToken cancellationToken) => _agreement.CompareAsync(cancellationToken);

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
