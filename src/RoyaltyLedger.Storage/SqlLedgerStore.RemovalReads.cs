using System.Data.Common;
using System.Globalization;
using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Storage.Removals;
using RoyaltyLedger.Application.Removals;

namespace RoyaltyLedger.Storage;

/// <summary>Reads removal requests with their attestations, and counts the uses made after an attested removal.</summary>
public partial class SqlLedgerStore
{
    public async Task<StoredRemoval?> GetRemovalAsync(string requestId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestId);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadRemovalAsync(connection, null, requestId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<RemovalPage> ListRemovalsAsync(RemovalScope scope, string status, long afterEntryNo, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(status);
        ArgumentOutOfRangeException.ThrowIfNegative(afterEntryNo);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, RemovalLimits.MaxPageSize);
        var sql = $"{RemovalSql.SelectJoined} WHERE {RemovalSql.ScopeCondition(scope.Kind)} AND (@s = '' OR r.status = @s) " +
            "AND r.journal_entry_no > @after ORDER BY r.journal_entry_no LIMIT @n";
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<(RemovalRequestRecord Request, RemovalAttestationRecord? Attestation, RemovalWithdrawalRecord? Withdrawal)>();
        await using (var command = Command(connection, null, sql, ScopeParameters(scope, ("s", status), ("after", afterEntryNo), ("n", (long)limit + 1))))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((RemovalRows.Request(reader), RemovalRows.Attestation(reader), RemovalRows.Withdrawal(reader)));
            }
        }

        // One row more than the page was read to learn whether another page follows.
        var more = rows.Count > limit;
        var removals = new List<StoredRemoval>(Math.Min(rows.Count, limit));
        foreach (var (request, attestation, withdrawal) in rows.Take(limit))
        {
            removals.Add(await WithUsesAsync(connection, null, request, attestation, withdrawal, cancellationToken).ConfigureAwait(false));
        }

        return new RemovalPage(removals, more ? removals[^1].Request.JournalEntryNo : 0);
    }

    public async Task<bool> InScopeAsync(RemovalScope scope, string requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            $"SELECT COUNT(*) FROM removal_requests r WHERE r.request_id = @id AND {RemovalSql.ScopeCondition(scope.Kind)}",
            ScopeParameters(scope, ("id", requestId)));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
    }

    public async Task<bool> HasAnyCreatorMemberAsync(string societyId, IReadOnlyCollection<string> creatorIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(creatorIds);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, RemovalSql.SocietyHasMember, ("s", societyId), ("m", ""));
        foreach (var creatorId in creatorIds)
        {
            command.Parameters["m"].Value = creatorId;
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<StoredRemoval?> ReadRemovalAsync(DbConnection connection, DbTransaction? transaction, string requestId, CancellationToken cancellationToken)
    {
        RemovalRequestRecord request;
        RemovalAttestationRecord? attestation;
        RemovalWithdrawalRecord? withdrawal;
        await using (var command = Command(connection, transaction, RemovalSql.SelectOne, ("id", requestId)))
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

    private static async Task<StoredRemoval> WithUsesAsync(DbConnection connection, DbTransaction? transaction, RemovalRequestRecord request,
        RemovalAttestationRecord? attestation, RemovalWithdrawalRecord? withdrawal, CancellationToken cancellationToken)
    {
        // Pair assertions: a request is attested exactly when it has an attestation, withdrawn exactly when it has a withdrawal.
        if ((attestation is not null) != (request.Status == RemovalStates.Attested)
            || (withdrawal is not null) != (request.Status == RemovalStates.Withdrawn))
        {
            throw new InvalidDataException($"removal request {request.RequestId} is {request.Status}, and has {(attestation is null ? "no" : "an")} attestation " +
                $"and {(withdrawal is null ? "no" : "a")} withdrawal");
        }

        // A withdrawn request was never attested, so nothing after it is a violation and its uses are not counted.
        var uses = attestation is null
            ? UsesAfterRemoval.None
            : await UsesAfterAsync(connection, transaction, request, attestation.RemovedAtUnixMs, cancellationToken).ConfigureAwait(false);
        return new StoredRemoval(request, attestation, uses, withdrawal);
    }

    private static async Task<UsesAfterRemoval> UsesAfterAsync(
        DbConnection connection, DbTransaction? transaction, RemovalRequestRecord request, long removedAtUnixMs, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, RemovalSql.UsesAfter,
            ("t", removedAtUnixMs), ("w", request.WorkId), ("o", request.OperatorId), ("m", request.ModelId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var (after, straddling) = (reader.GetInt64(0), reader.GetInt64(1));
        return new UsesAfterRemoval(checked(after + straddling), straddling > 0);
    }

    private static (string Name, object Value)[] ScopeParameters(RemovalScope scope, params (string Name, object Value)[] others) =>
        scope.Kind is RemovalScopeKind.All ? others : [.. others, ("p", scope.PartyId)];
}
