using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Application.Journal;

/// <summary>
/// The double-entry journal: entries numbered from 1 and chained by SHA-256 (<see cref="JournalHash"/>), their lines,
/// and <c>account_balances</c>, a projection of the lines kept in each append's transaction.
/// </summary>
public interface IJournalStore
{
    /// <summary>Lines <see cref="ReadEntriesAsync"/> returns at most, unless the first entry alone holds more.</summary>
    const int MaxLinesPerRead = JournalLimits.MaxLinesPerEntry;

    /// <summary>Entries <see cref="ReadEntriesAsync"/> returns at most.</summary>
    const int MaxEntriesPerRead = 1_000;

    /// <summary>
    /// Appends the drafts, in order, in one transaction of their own, and returns the numbers they were given. Each
    /// draft must pass <see cref="JournalDraftRules"/> (balanced per currency, 1 to
    /// <see cref="JournalLimits.MaxLinesPerEntry"/> lines, or none for a record kind such as removal-request);
    /// otherwise nothing is appended and an <see cref="ArgumentException"/> names the draft and what is wrong. No
    /// drafts append nothing.
    /// </summary>
    Task<IReadOnlyList<long>> AppendAsync(IReadOnlyList<JournalEntryDraft> drafts, long recordedAtUnixMs, CancellationToken cancellationToken);

    /// <summary>
    /// Entries from <paramref name="fromEntryNo"/> on, with their lines, in order: at most <paramref name="limit"/>
    /// (1 to <see cref="MaxEntriesPerRead"/>) and at most <see cref="MaxLinesPerRead"/> lines in all, except that the
    /// first entry is always whole. Empty past the last entry.
    /// </summary>
    Task<IReadOnlyList<JournalEntry>> ReadEntriesAsync(long fromEntryNo, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the whole journal, a page at a time, and checks every entry: numbered without gaps, linked to the
    /// previous entry's hash, hashed as its contents say, balanced per currency, lines numbered from 0; and that the
    /// head names the last entry and its hash. Stops at the first broken entry.
    /// </summary>
    Task<JournalVerification> VerifyAsync(CancellationToken cancellationToken);

    /// <summary>Balances of the accounts whose name starts with <paramref name="accountPrefix"/> ("" for all), by account then currency.</summary>
    Task<IReadOnlyList<AccountBalance>> GetBalancesAsync(string accountPrefix, CancellationToken cancellationToken);

    /// <summary>Recomputes <c>account_balances</c> from the journal's lines in one transaction and says what it changed.</summary>
    Task<BalanceRebuild> RebuildBalancesAsync(CancellationToken cancellationToken);

    /// <summary>A creator's or rightsholder's money per currency: accrued, adjusted, charged, paid, owed, and its claims.</summary>
    Task<IReadOnlyList<PartyAccount>> GetPartyAccountsAsync(string partyId, CancellationToken cancellationToken);

    /// <summary>Checks that each work's amounts in the usage totals equal what the journal rated its uses at.</summary>
    Task<TotalsAgreement> CompareTotalsWithJournalAsync(CancellationToken cancellationToken);
}
