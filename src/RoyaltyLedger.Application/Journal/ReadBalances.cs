using RoyaltyLedger.Application.Outcomes;
using static System.FormattableString;

namespace RoyaltyLedger.Application.Journal;

/// <summary>Account balances under a prefix, at most <see cref="MaxBalances"/> per call.</summary>
public sealed class ReadBalances(IJournalStore journal)
{
    /// <summary>Balances one call returns at most; a longer prefix narrows the call.</summary>
    public const int MaxBalances = 10_000;

    public async Task<IReadOnlyList<AccountBalance>> ReadAsync(string accountPrefix, CancellationToken cancellationToken)
    {
        var balances = await journal.GetBalancesAsync(accountPrefix, cancellationToken);
        if (balances.Count > MaxBalances)
        {
            throw new InvalidRequestException("account_prefix",
                Invariant($"account_prefix '{accountPrefix}' matches {balances.Count:N0} balances, more than the {MaxBalances:N0} one call returns; give a longer prefix"));
        }

        return balances;
    }
}
