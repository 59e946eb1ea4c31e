using System.Data.Common;
using RoyaltyLedger.Application.Licensing;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.Licensing;

/// <summary>Reads a consents row, and keeps a decision's explicit effective instant beside it; shared by the consent store and the registry's history.</summary>
internal static class ConsentRows
{
    /// <summary>Reads seq, creator_id, work_id, use_kind, operator_id, decision, recorded_at_ms, recorded_by, in that order.</summary>
    public static ConsentEntry Read(DbDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
            reader.GetString(4), reader.GetString(5), reader.GetInt64(6), reader.GetString(7));

    /// <summary>Keeps a decision's explicit effective instant, in the transaction that appends the decision.</summary>
    public static async Task AppendEffectiveAsync(DbConnection connection, DbTransaction transaction, long sequence, long? effectiveFromUnixMs, CancellationToken cancellationToken)
    {
        if (effectiveFromUnixMs is not { } from)
        {
            return;
        }

        await using var command = LedgerDatabase.Command(connection, transaction,
            "INSERT INTO consent_effective (seq, effective_from_ms) VALUES (@s, @f)", ("s", sequence), ("f", from));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
