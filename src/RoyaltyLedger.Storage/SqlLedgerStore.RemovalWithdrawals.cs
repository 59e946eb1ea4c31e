using System.Data.Common;
using System.Diagnostics;
using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Storage.Removals;
using RoyaltyLedger.Application.Removals;

namespace RoyaltyLedger.Storage;

/// <summary>
/// Withdrawals of open removal requests, written like attestations: in one transaction with the removal-withdrawal
/// entry, under the journal's lock. Three things keep a retry from appending a second entry: the lock makes it wait for
/// the first to commit and then find the withdrawal; the request moves from open to withdrawn only by a conditional
/// update that must change exactly one row; and removal_withdrawals holds one row per request.
/// </summary>
public partial class SqlLedgerStore
{
    public Task<RemovalWrite> WithdrawRemovalAsync(RemovalWithdrawalRecord withdrawal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);
        var given = withdrawal with { JournalEntryNo = 0 };
        return WriteAsync(async (connection, transaction) =>
        {
            await JournalAppender.LockAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            var existing = await ReadRemovalAsync(connection, transaction, given.RequestId, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                return new RemovalWrite(RemovalOutcome.NotFound, null);
            }

            if (existing.Withdrawal is { } held)
            {
                return Repeat(existing, WithdrawalConflict(held, given));
            }

            if (existing.Request.Status != RemovalStates.Open)
            {
                return new RemovalWrite(RemovalOutcome.NotOpen, existing);
            }

            var request = existing.Request with { Status = RemovalStates.Withdrawn };
            var stored = await InsertWithdrawalAsync(connection, transaction, request, given, cancellationToken).ConfigureAwait(false);
            return new RemovalWrite(RemovalOutcome.Created, new StoredRemoval(request, null, UsesAfterRemoval.None, stored));
        }, cancellationToken);
    }

    private async Task<RemovalWithdrawalRecord> InsertWithdrawalAsync(
        DbConnection connection, DbTransaction transaction, RemovalRequestRecord request, RemovalWithdrawalRecord withdrawal, CancellationToken cancellationToken)
    {
        var draft = RemovalEntries.Withdrawal(request, withdrawal);
        var entryNo = (await JournalAppender.AppendAsync(connection, transaction, [draft], withdrawal.WithdrawnAtUnixMs, cancellationToken).ConfigureAwait(false))[0];
        var stored = withdrawal with { JournalEntryNo = entryNo };
        await using (var insert = Command(connection, transaction, RemovalSql.InsertWithdrawal,
            ("id", stored.RequestId), ("note", stored.Note), ("by", stored.WithdrawnBy), ("role", stored.WithdrawnByRole),
            ("at", stored.WithdrawnAtUnixMs), ("entry", stored.JournalEntryNo)))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var mark = Command(connection, transaction, RemovalSql.MarkWithdrawn, ("id", stored.RequestId));
        if (await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new UnreachableException($"removal request {stored.RequestId} stopped being open while its withdrawal held the journal's lock");
        }

        return stored;
    }

    /// <summary>A retry after a lost response carries the same note from the same party; anything else is another withdrawal.</summary>
    private static RemovalConflict? WithdrawalConflict(RemovalWithdrawalRecord stored, RemovalWithdrawalRecord given) => FirstDifference(
        ("note", stored.Note, given.Note),
        ("withdrawn_by", Withdrawer(stored), Withdrawer(given)));

    private static string Withdrawer(RemovalWithdrawalRecord w) => w.WithdrawnBy.Length == 0 ? w.WithdrawnByRole : $"{w.WithdrawnByRole} {w.WithdrawnBy}";
}
