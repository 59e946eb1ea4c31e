using System.Data.Common;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;

namespace RoyaltyLedger.Storage.Rerate;

/// <summary>Queues works for re-rating inside a write transaction: a re-rating request, a suspense match, a claim settlement.</summary>
internal static class RerateQueue
{
    public static async Task<int> EnqueueAsync(
        DbConnection connection, DbTransaction transaction, IEnumerable<string> workIds, string reason, long requestedAtUnixMs, CancellationToken cancellationToken,
        string sql = RerateSql.Enqueue, Func<string, int>? partitionOf = null)
    {
        // A writer that does not know the partitioning files the request under -1: every projector reads those (docs/partitions.md).
        await using var command = Command(connection, transaction, sql, ("w", ""), ("r", reason), ("t", requestedAtUnixMs), ("p", -1));
        var queued = 0;
        foreach (var workId in workIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            command.Parameters["w"].Value = workId;
            command.Parameters["p"].Value = partitionOf?.Invoke(workId) ?? -1;
            queued += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return queued;
    }
}
