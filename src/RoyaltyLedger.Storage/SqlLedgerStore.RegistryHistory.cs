using System.Data.Common;

namespace RoyaltyLedger.Storage;

// TODO(issue 12): belongs with the consents; it moves with them when the Licensing store is split out.
public partial class SqlLedgerStore
{
    /// <summary>Keeps a decision's explicit effective instant, in the transaction that appends the decision.</summary>
    private static async Task AppendConsentEffectiveAsync(DbConnection connection, DbTransaction transaction, long sequence, long? effectiveFromUnixMs, CancellationToken cancellationToken)
    {
        if (effectiveFromUnixMs is not { } from)
        {
            return;
        }

        await using var command = Command(connection, transaction,
            "INSERT INTO consent_effective (seq, effective_from_ms) VALUES (@s, @f)", ("s", sequence), ("f", from));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
