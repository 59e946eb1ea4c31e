using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage.Journal;
using RoyaltyLedger.Application.Journal;

namespace RoyaltyLedger.Storage.Statements;

/// <summary>
/// Folds a party's journal sums and payout lines into its accounts per currency, as IJournalStore.GetPartyAccountsAsync
/// does: journal lines credit (negative) what is owed to the party, shown positive; usage entries accrue, adjustment
/// entries adjust, every kind moves what is owed; lines on the party's claims account are claims.
/// </summary>
internal sealed class PartyAccountFold
{
    private readonly SortedDictionary<string, PartyAccount> _accounts = new(StringComparer.Ordinal);

    public void AddJournalSum(string entryKind, string account, string currency, Int128 sumNanos)
    {
        var owed = -sumNanos;
        var a = Of(currency);
        _accounts[currency] = account.StartsWith("claimed:", StringComparison.Ordinal)
            ? a with { ClaimsNanos = a.ClaimsNanos + owed }
            : entryKind switch
            {
                EntryKinds.Usage => a with { AccruedNanos = a.AccruedNanos + owed, OwedNanos = a.OwedNanos + owed },
                EntryKinds.Adjustment => a with { AdjustmentsNanos = a.AdjustmentsNanos + owed, OwedNanos = a.OwedNanos + owed },
                _ => a with { OwedNanos = a.OwedNanos + owed },
            };
    }

    public void SetPayouts(string currency, Int128 commissionNanos, Int128 paidNanos, Int128 paidMinor) =>
        _accounts[currency] = Of(currency) with { CommissionNanos = commissionNanos, PaidNanos = paidNanos, PaidMinor = paidMinor };

    /// <summary>The accounts in ordinal currency order.</summary>
    public IReadOnlyList<PartyAccount> Accounts => [.. _accounts.Values];

    private PartyAccount Of(string currency) =>
        _accounts.TryGetValue(currency, out var a) ? a : _accounts[currency] = new PartyAccount(currency, 0, 0, 0, 0, 0, 0, 0);
}
