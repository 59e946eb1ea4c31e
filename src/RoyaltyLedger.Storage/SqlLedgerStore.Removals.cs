using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Storage.Removals;
using RoyaltyLedger.Application.Removals;

namespace RoyaltyLedger.Storage;

/// <summary>
/// Removal requests and attestations (withdrawals are in SqlLedgerStore.RemovalWithdrawals). Each is written in one
/// transaction with its journal entry, under the journal's lock, which also makes a repeat of the same id wait for the
/// first to commit and then find it. Only an open request is attested.
/// </summary>
public partial class SqlLedgerStore : IRemovalStore
{
    public Task<RemovalWrite> RequestRemovalAsync(RemovalRequestRecord request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var given = request with { Status = RemovalStates.Open, JournalEntryNo = 0 };
        return WriteAsync(async (connection, transaction) =>
        {
            await JournalAppender.LockAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (await ReadRemovalAsync(connection, transaction, given.RequestId, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                return Repeat(existing, RequestConflict(existing.Request, given));
            }

            var stored = await InsertRequestAsync(connection, transaction, given, cancellationToken).ConfigureAwait(false);
            return new RemovalWrite(RemovalOutcome.Created, new StoredRemoval(stored, null, UsesAfterRemoval.None));
        }, cancellationToken);
    }

    public Task<RemovalWrite> AttestRemovalAsync(RemovalAttestationRecord attestation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attestation);
        var given = attestation with { JournalEntryNo = 0 };
        return WriteAsync(async (connection, transaction) =>
        {
            await JournalAppender.LockAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            var existing = await ReadRemovalAsync(connection, transaction, given.RequestId, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                return new RemovalWrite(RemovalOutcome.NotFound, null);
            }

            if (existing.Attestation is { } held)
            {
                return Repeat(existing, AttestationConflict(held, given));
            }

            if (existing.Request.Status != RemovalStates.Open)
            {
                return new RemovalWrite(RemovalOutcome.NotOpen, existing);
            }

            var request = existing.Request with { Status = RemovalStates.Attested };
            var stored = await InsertAttestationAsync(connection, transaction, request, given, cancellationToken).ConfigureAwait(false);
            var uses = await UsesAfterAsync(connection, transaction, request, stored.RemovedAtUnixMs, cancellationToken).ConfigureAwait(false);
            return new RemovalWrite(RemovalOutcome.Created, new StoredRemoval(request, stored, uses));
        }, cancellationToken);
    }

    /// <summary>Appends the request's entry, then stores the row with the entry's number; the caller holds the journal's lock.</summary>
    private async Task<RemovalRequestRecord> InsertRequestAsync(DbConnection connection, DbTransaction transaction, RemovalRequestRecord request, CancellationToken cancellationToken)
    {
        var entryNo = (await JournalAppender.AppendAsync(connection, transaction, [RemovalEntries.Request(request)], request.RequestedAtUnixMs, cancellationToken).ConfigureAwait(false))[0];
        var stored = request with { JournalEntryNo = entryNo };
        await using var insert = Command(connection, transaction, RemovalSql.InsertRequest,
            ("id", stored.RequestId), ("w", stored.WorkId), ("o", stored.OperatorId), ("m", stored.ModelId), ("by", stored.RequestedBy),
            ("role", stored.RequestedByRole), ("reason", stored.Reason), ("origin", stored.Origin), ("status", stored.Status),
            ("at", stored.RequestedAtUnixMs), ("entry", stored.JournalEntryNo));
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return stored;
    }

    private async Task<RemovalAttestationRecord> InsertAttestationAsync(
        DbConnection connection, DbTransaction transaction, RemovalRequestRecord request, RemovalAttestationRecord attestation, CancellationToken cancellationToken)
    {
        var draft = RemovalEntries.Attestation(request, attestation);
        var entryNo = (await JournalAppender.AppendAsync(connection, transaction, [draft], attestation.AttestedAtUnixMs, cancellationToken).ConfigureAwait(false))[0];
        var stored = attestation with { JournalEntryNo = entryNo };
        await using (var insert = Command(connection, transaction, RemovalSql.InsertAttestation,
            ("id", stored.RequestId), ("v", stored.ModelVersion), ("method", stored.Method), ("removed", stored.RemovedAtUnixMs),
            ("hash", stored.ContentHashHex), ("by", stored.AttestedBy), ("at", stored.AttestedAtUnixMs), ("entry", stored.JournalEntryNo)))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var mark = Command(connection, transaction, RemovalSql.MarkAttested, ("id", stored.RequestId));
        if (await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new UnreachableException($"removal request {stored.RequestId} stopped being open while its attestation held the journal's lock");
        }

        return stored;
    }

    private static RemovalWrite Repeat(StoredRemoval existing, RemovalConflict? conflict) =>
        new(conflict is null ? RemovalOutcome.Repeated : RemovalOutcome.Conflict, existing, conflict);

    private static RemovalConflict? RequestConflict(RemovalRequestRecord stored, RemovalRequestRecord given) => FirstDifference(
        ("work_id", stored.WorkId, given.WorkId),
        ("operator_id", stored.OperatorId, given.OperatorId),
        ("model_id", stored.ModelId, given.ModelId),
        ("reason", stored.Reason, given.Reason),
        ("requested_by", Requester(stored), Requester(given)));

    private static RemovalConflict? AttestationConflict(RemovalAttestationRecord stored, RemovalAttestationRecord given) => FirstDifference(
        ("model_version", stored.ModelVersion, given.ModelVersion),
        ("method", stored.Method, given.Method),
        ("removed_at", Instant(stored.RemovedAtUnixMs), Instant(given.RemovedAtUnixMs)),
        ("content_hash_hex", stored.ContentHashHex, given.ContentHashHex));

    private static RemovalConflict? FirstDifference(params (string Field, string Stored, string Given)[] fields) =>
        fields.Where(f => !string.Equals(f.Stored, f.Given, StringComparison.Ordinal)).Select(f => new RemovalConflict(f.Field, f.Stored, f.Given)).FirstOrDefault();

    private static string Requester(RemovalRequestRecord r) => r.RequestedBy.Length == 0 ? r.RequestedByRole : $"{r.RequestedByRole} {r.RequestedBy}";

    private static string Instant(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
