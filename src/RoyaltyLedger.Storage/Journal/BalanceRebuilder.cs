using System.Data.Common;
using RoyaltyLedger.Application.Journal;
using RoyaltyLedger.Storage.Amounts;
using RoyaltyLedger.Storage.Database;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;

namespace RoyaltyLedger.Storage.Journal;

/// <summary>Rebuilds the <c>account_balances</c> projection from the journal's lines.</summary>
internal sealed class BalanceRebuilder(LedgerDatabase database, JournalAppender journal)
{
    /// <summary>
    /// Locks the head first, as appends do, so that no append runs between reading the lines and writing the
    /// balances; then writes only the rows that differ, so that a rebuild of a correct projection writes nothing.
    /// </summary>
    public Task<BalanceRebuild> RebuildAsync(CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await journal.ReadHeadAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            var before = await ReadBalanceMapAsync(connection, transaction, JournalSql.AllBalances, cancellationToken).ConfigureAwait(false);
            var after = await ReadBalanceMapAsync(connection, transaction, JournalSql.LineSums, cancellationToken).ConfigureAwait(false);
            var stale = before.Keys.Where(k => !after.ContainsKey(k)).ToList();
            var changed = after.Where(a => !before.TryGetValue(a.Key, out var held) || held != a.Value).ToList();
            await using (var delete = Command(connection, transaction, JournalSql.DeleteBalance, ("a", ""), ("c", "")))
            {
                foreach (var (account, currency) in stale)
                {
                    delete.Parameters["a"].Value = account;
                    delete.Parameters["c"].Value = currency;
                    await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            await using (var set = Command(connection, transaction, JournalSql.SetBalance, ("a", ""), ("c", ""), ("x", Int128.Zero)))
            {
                foreach (var ((account, currency), amount) in changed)
                {
                    set.Parameters["a"].Value = account;
                    set.Parameters["c"].Value = currency;
                    set.Parameters["x"].Value = Int128Parameters.ToProvider(connection, amount);
                    await set.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            return new BalanceRebuild(before.Count, after.Count, stale.Count + changed.Count);
        }, cancellationToken);

    private static async Task<Dictionary<(string Account, string Currency), Int128>> ReadBalanceMapAsync(
        DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var balances = new Dictionary<(string, string), Int128>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            balances.Add((reader.GetString(0), reader.GetString(1)), reader.GetInt128(2));
        }

        return balances;
    }
}
