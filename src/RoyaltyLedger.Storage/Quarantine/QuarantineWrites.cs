using System.Data.Common;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Quarantine;
using RoyaltyLedger.Storage.Projection;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;

namespace RoyaltyLedger.Storage.Quarantine;

/// <summary>The quarantine's part of a projection round, written in the round's transaction (<see cref="ProjectionRound"/>).</summary>
internal static class QuarantineWrites
{
    /// <summary>
    /// Releases the uses a retry posts (every one must still be quarantined, else another retry posted it: a conflict),
    /// then writes the uses set aside, in the commit's transaction.
    /// </summary>
    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, ProjectionCommit commit, CancellationToken cancellationToken)
    {
        if (commit.Released.Count > 0)
        {
            await using var delete = Command(connection, transaction, QuarantineSql.Delete, ("l", 0L), ("i", 0));
            foreach (var (logSeq, eventIndex) in commit.Released.Order())
            {
                delete.Parameters["l"].Value = logSeq;
                delete.Parameters["i"].Value = eventIndex;
                if (await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
                {
                    throw new ProjectionConflictException($"quarantined use ({logSeq}, {eventIndex}) was already retried");
                }
            }
        }

        if (commit.Quarantined.Count == 0)
        {
            return;
        }

        await using var upsert = Command(connection, transaction, QuarantineSql.Upsert,
            ("l", 0L), ("i", 0), ("o", ""), ("e", ""), ("w", ""), ("t", ""), ("m", ""), ("f", 0L), ("a", 0L), ("n", 0));
        foreach (var use in commit.Quarantined.OrderBy(u => (u.LogSeq, u.EventIndex)))
        {
            var p = upsert.Parameters;
            p["l"].Value = use.LogSeq;
            p["i"].Value = use.EventIndex;
            p["o"].Value = use.OperatorId;
            p["e"].Value = use.EventId;
            p["w"].Value = use.WorkId;
            p["t"].Value = use.ErrorType;
            p["m"].Value = UseKeys.Cut(use.ErrorMessage);
            p["f"].Value = use.FirstQuarantinedAtUnixMs;
            p["a"].Value = use.QuarantinedAtUnixMs;
            p["n"].Value = use.Attempts;
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
