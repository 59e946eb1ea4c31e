using RoyaltyLedger.Application.Journal;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage.Amounts;
using RoyaltyLedger.Storage.Database;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;

namespace RoyaltyLedger.Storage.Journal;

/// <summary>A party's money per currency, from the journal's lines and its payout lines.</summary>
internal sealed class PartyAccountsReader(LedgerDatabase database)
{
    private const string PartyLines =
        "SELECT e.kind, l.account, l.currency, i128_sum(l.amount_nanos) FROM journal_lines l JOIN journal_entries e ON e.entry_no = l.entry_no " +
        "WHERE l.account IN (@p, @c) GROUP BY e.kind, l.account, l.currency";

    private const string PartyPayouts =
        "SELECT c.currency, i128_sum(l.commission_nanos), i128_sum(l.paid_nanos), i128_sum(l.paid_minor) FROM payout_lines l " +
        "JOIN payout_cycles c ON c.cycle_id = l.cycle_id WHERE l.party_id = @id AND l.held = 0 GROUP BY c.currency";

    /// <summary>The party's money per currency from the journal and its payout lines, ordinal currency order.</summary>
    public async Task<IReadOnlyList<PartyAccount>> ReadAsync(string partyId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(partyId);
        var accounts = new SortedDictionary<string, PartyAccount>(StringComparer.Ordinal);
        PartyAccount Of(string currency) => accounts.TryGetValue(currency, out var a) ? a : accounts[currency] = new PartyAccount(currency, 0, 0, 0, 0, 0, 0, 0);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        await using (var lines = Command(connection, transaction, PartyLines, ("p", Accounts.Party(partyId)), ("c", Accounts.Claimed(partyId))))
        await using (var reader = await lines.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var (kind, account, currency) = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
                // Lines credit (negative) what is owed to the party; owed amounts are shown positive.
                var owed = -reader.GetInt128(3);
                var a = Of(currency);
                accounts[currency] = account.StartsWith("claimed:", StringComparison.Ordinal)
                    ? a with { ClaimsNanos = a.ClaimsNanos + owed }
                    : kind switch
                    {
                        EntryKinds.Usage => a with { AccruedNanos = a.AccruedNanos + owed, OwedNanos = a.OwedNanos + owed },
                        EntryKinds.Adjustment => a with { AdjustmentsNanos = a.AdjustmentsNanos + owed, OwedNanos = a.OwedNanos + owed },
                        _ => a with { OwedNanos = a.OwedNanos + owed },
                    };
            }
        }

        await using (var payouts = Command(connection, transaction, PartyPayouts, ("id", partyId)))
        await using (var reader = await payouts.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var a = Of(reader.GetString(0));
                accounts[a.Currency] = a with
                {
                    CommissionNanos = reader.GetInt128(1),
                    PaidNanos = reader.GetInt128(2),
                    PaidMinor = reader.GetInt128(3),
                };
            }
        }

        return [.. accounts.Values];
    }
}
