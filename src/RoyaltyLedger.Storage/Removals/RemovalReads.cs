using System.Data.Common;
using RoyaltyLedger.Application.Removals;
using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.Removals;

/// <summary>
/// Reads a removal request with its attestation or withdrawal, checks the three agree, and counts the uses made after
/// an attested removal; shared by the removal store's reads and writes (a write reads what it is asked to change).
/// </summary>
internal static class RemovalReads
{
    public static async Task<StoredRemoval?> ReadAsync(DbConnection connection, DbTransaction? transaction, string requestId, CancellationToken cancellationToken)
    {
        RemovalRequestRecord request;
        RemovalAttestationRecord? attestation;
        RemovalWithdrawalRecord? withdrawal;
        await using (var command = LedgerDatabase.Command(connection, transaction, RemovalSql.SelectOne, ("id", requestId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            (request, attestation, withdrawal) = (RemovalRows.Request(reader), RemovalRows.Attestation(reader), RemovalRows.Withdrawal(reader));
        }

        return await WithUsesAsync(connection, transaction, request, attestation, withdrawal, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<StoredRemoval> WithUsesAsync(DbConnection connection, DbTransaction? transaction, RemovalRequestRecord request,
        RemovalAttestationRecord? attestation, RemovalWithdrawalRecord? withdrawal, CancellationToken cancellationToken)
    {
        // Pair assertions: a request is attested exactly when it has an attestation, withdrawn exactly when it has a withdrawal.
        if (RemovalTransitions.Inconsistency(request.RequestId, request.Status, attestation is not null, withdrawal is not null) is { } problem)
        {
            throw new InvalidDataException(problem);
        }

        // A withdrawn request was never attested, so nothing after it is a violation and its uses are not counted.
        var uses = attestation is null
            ? UsesAfterRemoval.None
            : await UsesAfterAsync(connection, transaction, request, attestation.RemovedAtUnixMs, cancellationToken).ConfigureAwait(false);
        return new StoredRemoval(request, attestation, uses, withdrawal);
    }

    public static async Task<UsesAfterRemoval> UsesAfterAsync(
        DbConnection connection, DbTransaction? transaction, RemovalRequestRecord request, long removedAtUnixMs, CancellationToken cancellationToken)
    {
        await using var command = LedgerDatabase.Command(connection, transaction, RemovalSql.UsesAfter,
            ("t", removedAtUnixMs), ("w", request.WorkId), ("o", request.OperatorId), ("m", request.ModelId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var (after, straddling) = (reader.GetInt64(0), reader.GetInt64(1));
        return new UsesAfterRemoval(checked(after + straddling), straddling > 0);
    }
}
