using RoyaltyLedger.Application.Journal;
namespace RoyaltyLedger.Storage.Journal;

/// <summary>
/// The one order balances are written and returned in: by account, then currency, ordinal. Sorting here rather than
/// in SQL keeps both databases alike (PostgreSQL would otherwise sort by its collation).
/// </summary>
internal static class JournalOrder
{
    public static int Compare(AccountBalance? a, AccountBalance? b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var byAccount = string.CompareOrdinal(a.Account, b.Account);
        return byAccount != 0 ? byAccount : string.CompareOrdinal(a.Currency, b.Currency);
    }
}
