using System.Data.Common;
using RoyaltyLedger.Domain.Payouts;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.Payouts;

/// <summary>
/// Stores a payout cycle's consistent cut (docs/partitions.md): one payout_cycle_heads row per partition and the root
/// over them (<see cref="PartitionCut.Root"/>) in payout_cycles.heads_root. Verify checks both against the journal.
/// </summary>
internal static class PayoutCuts
{
    private const string InsertHead =
        "INSERT INTO payout_cycle_heads (cycle_id, partition_no, entry_no, hash) VALUES (@id, @q, @e, @h)";

    private const string SetRoot = "UPDATE payout_cycles SET heads_root = @r WHERE cycle_id = @id";

    public static async Task InsertAsync(
        DbConnection connection, DbTransaction transaction, string cycleId, IReadOnlyList<(long EntryNo, byte[] Hash)> heads, CancellationToken cancellationToken)
    {
        await using (var insert = LedgerDatabase.Command(connection, transaction, InsertHead, ("id", cycleId), ("q", 0), ("e", 0L), ("h", Array.Empty<byte>())))
        {
            for (var p = 0; p < heads.Count; p++)
            {
                (insert.Parameters["q"].Value, insert.Parameters["e"].Value, insert.Parameters["h"].Value) = (p, heads[p].EntryNo, heads[p].Hash);
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await using var root = LedgerDatabase.Command(connection, transaction, SetRoot, ("r", PartitionCut.Root([.. heads.Select(h => h.Hash)])), ("id", cycleId));
        await root.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
