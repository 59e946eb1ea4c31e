using System.Data.Common;
using System.Diagnostics;
using RoyaltyLedger.Application.Removals;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage.Database;
using RoyaltyLedger.Storage.Journal;

namespace RoyaltyLedger.Storage.Removals;

/// <summary>
/// Writes a removal step's row together with its journal entry (<see cref="RemovalEntries"/>), in the caller's write
/// transaction, which holds the lock of the work's partition; the entry goes to that partition; the row keeps the entry's number. Attesting and withdrawing move the
/// request out of open by a conditional update that must change exactly one row.
/// </summary>
internal sealed class RemovalJournal(JournalAppender journal, LedgerPartitioning partitioning)
{
    /// <summary>Appends the request's entry, then stores the row with the entry's number.</summary>
    public async Task<RemovalRequestRecord> InsertRequestAsync(DbConnection connection, DbTransaction transaction, RemovalRequestRecord request, CancellationToken cancellationToken)
    {
        var entryNo = (await journal.AppendAsync(connection, transaction, partitioning.PartitionOf(request.WorkId), [RemovalEntries.Request(request)], request.RequestedAtUnixMs, cancellationToken).ConfigureAwait(false))[0];
        var stored = request with { JournalEntryNo = entryNo };
        await using var insert = LedgerDatabase.Command(connection, transaction, RemovalSql.InsertRequest,
            ("id", stored.RequestId), ("w", stored.WorkId), ("o", stored.OperatorId), ("m", stored.ModelId), ("by", stored.RequestedBy),
            ("role", stored.RequestedByRole), ("reason", stored.Reason), ("origin", stored.Origin), ("status", stored.Status),
            ("at", stored.RequestedAtUnixMs), ("entry", stored.JournalEntryNo));
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return stored;
    }

    public async Task<RemovalAttestationRecord> InsertAttestationAsync(
        DbConnection connection, DbTransaction transaction, RemovalRequestRecord request, RemovalAttestationRecord attestation, CancellationToken cancellationToken)
    {
        var draft = RemovalEntries.Attestation(request, attestation);
        var entryNo = (await journal.AppendAsync(connection, transaction, partitioning.PartitionOf(request.WorkId), [draft], attestation.AttestedAtUnixMs, cancellationToken).ConfigureAwait(false))[0];
        var stored = attestation with { JournalEntryNo = entryNo };
        await using (var insert = LedgerDatabase.Command(connection, transaction, RemovalSql.InsertAttestation,
            ("id", stored.RequestId), ("v", stored.ModelVersion), ("method", stored.Method), ("removed", stored.RemovedAtUnixMs),
            ("hash", stored.ContentHashHex), ("by", stored.AttestedBy), ("at", stored.AttestedAtUnixMs), ("entry", stored.JournalEntryNo)))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var mark = LedgerDatabase.Command(connection, transaction, RemovalSql.MarkAttested, ("id", stored.RequestId));
        if (await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new UnreachableException($"removal request {stored.RequestId} stopped being open while its attestation held the journal's lock");
        }

        return stored;
    }

    /// <summary>
    /// Three things keep a retry from appending a second entry: the lock makes it wait for the first to commit and then
    /// find the withdrawal; the request moves from open to withdrawn only by the conditional update; and
    /// removal_withdrawals holds one row per request.
    /// </summary>
    public async Task<RemovalWithdrawalRecord> InsertWithdrawalAsync(
        DbConnection connection, DbTransaction transaction, RemovalRequestRecord request, RemovalWithdrawalRecord withdrawal, CancellationToken cancellationToken)
    {
        var draft = RemovalEntries.Withdrawal(request, withdrawal);
        var entryNo = (await journal.AppendAsync(connection, transaction, partitioning.PartitionOf(request.WorkId), [draft], withdrawal.WithdrawnAtUnixMs, cancellationToken).ConfigureAwait(false))[0];
        var stored = withdrawal with { JournalEntryNo = entryNo };
        await using (var insert = LedgerDatabase.Command(connection, transaction, RemovalSql.InsertWithdrawal,
            ("id", stored.RequestId), ("note", stored.Note), ("by", stored.WithdrawnBy), ("role", stored.WithdrawnByRole),
            ("at", stored.WithdrawnAtUnixMs), ("entry", stored.JournalEntryNo)))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var mark = LedgerDatabase.Command(connection, transaction, RemovalSql.MarkWithdrawn, ("id", stored.RequestId));
        if (await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new UnreachableException($"removal request {stored.RequestId} stopped being open while its withdrawal held the journal's lock");
        }

        return stored;
    }
}
