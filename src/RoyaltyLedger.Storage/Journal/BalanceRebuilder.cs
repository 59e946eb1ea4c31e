using System.Data.Common;
using RoyaltyLedger.Application.Journal;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage.Amounts;
using RoyaltyLedger.Storage.Database;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;

namespace RoyaltyLedger.Storage.Journal;

/// <summary>Rebuilds the <c>account_balances</c> projection from the journal's lines.</summary>
internal sealed class BalanceRebuilder(LedgerDatabase database, JournalAppender journal)
{
    /// <summary>
    /// Locks every partition's head first (ascending, as appends that take several do), so that no append runs between
    /// reading the lines and writing the balances; then writes only the (partition, account, currency) rows that
    /// differ, so that a rebuild of a correct projection writes nothing.
    /// </summary>
    public Task<BalanceRebuild> RebuildAsync(CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await journal.LockAllAsync(connection, transaction, LedgerPartitioning.MaxCount, cancellationToken).ConfigureAwait(false);
            var before = await ReadBalanceMapAsync(connection, transaction, JournalSql.AllBalances, cancellationToken).ConfigureAwait(false);
            var after = await ReadBalanceMapAsync(connection, transaction, JournalSql.LineSums, cancellationToken).ConfigureAwait(false);
            var stale = before.Keys.Where(k => !after.ContainsKey(k)).ToList();
            var changed = after.Where(a => !before.TryGetValue(a.Key, out var held) || held != a.Value).ToList();
            await using (var delete = Command(connection, transaction, JournalSql.DeleteBalance, ("q", 0), ("a", ""), ("c", "")))
            {
                foreach (var (partition, account, currency) in stale)
                {
                    delete.Parameters["q"].Value = partition;
                    delete.Parameters["a"].Value = account;
                    delete.Parameters["c"].Value = currency;
                    await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            await using (var set = Command(connection, transaction, JournalSql.SetBalance, ("q", 0), ("a", ""), ("c", ""), ("x", Int128.Zero)))
            {
                foreach (var ((partition, account, currency), amount) in changed)
                {
                    set.Parameters["q"].Value = partition;
                    set.Parameters["a"].Value = account;
                    set.Parameters["c"].Value = currency;
                    set.Parameters["x"].Value = Int128Parameters.ToProvider(connection, amount);
                    await set.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            return new BalanceRebuild(before.Count, after.Count, stale.Count + changed.Count);
        }, cancellationToken);

    private static async Task<Dictionary<(int Partition, string Account, string Currency), Int128>> ReadBalanceMapAsync(
        DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var balances = new Dictionary<(int, string, string), Int128>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            balances.Add((reader.GetInt32(0), reader.GetString(1), reader.GetString(2)), reader.GetInt128(3));
        }

        return balances;
    }
}
