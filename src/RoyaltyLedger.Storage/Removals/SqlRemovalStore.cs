using System.Diagnostics;
using System.Globalization;
using RoyaltyLedger.Application.Removals;
using System.Data.Common;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Storage.Database;
using RoyaltyLedger.Storage.Journal;

namespace RoyaltyLedger.Storage.Removals;

/// <summary>
/// Removal requests, attestations and withdrawals (README "Removal with evidence"), and the demands the ledger opens
/// itself (<see cref="RefusedUseDemandPass"/>). Each step reads the request under the journal's lock, which also makes
/// a repeat of the same id wait for the first to commit and then find it; <see cref="RemovalTransitions"/> says what
/// the step may do and <see cref="RemovalConflicts"/> whether a repeat is the same; the step's row is written with its
/// journal entry (<see cref="RemovalJournal"/>). The lock and the entry are those of the work's partition
/// (docs/partitions.md), so removals of works in different partitions do not wait on each other.
/// </summary>
public sealed class SqlRemovalStore : IRemovalStore
{
    private readonly LedgerDatabase _database;
    private readonly LedgerPartitioning _partitioning;
    private readonly JournalAppender _journal;
    private readonly RemovalJournal _removals;
    private readonly RefusedUseDemandPass _demands;

    public SqlRemovalStore(LedgerDatabase database)
        : this(database, LedgerPartitioning.One)
    {
    }

    public SqlRemovalStore(LedgerDatabase database, LedgerPartitioning partitioning)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(partitioning);
        _database = database;
        _partitioning = partitioning;
        _journal = new JournalAppender(database);
        _removals = new RemovalJournal(_journal, partitioning);
        _demands = new RefusedUseDemandPass(database, _journal, _removals, partitioning);
    }

    public Task<RemovalWrite> RequestRemovalAsync(RemovalRequestRecord request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var given = request with { Status = RemovalTransitions.Target(RemovalStep.Request), JournalEntryNo = 0 };
        return _database.WriteAsync(async (connection, transaction) =>
        {
            await _journal.LockAsync(connection, transaction, _partitioning.PartitionOf(given.WorkId), cancellationToken).ConfigureAwait(false);
            var existing = await RemovalReads.ReadAsync(connection, transaction, given.RequestId, cancellationToken).ConfigureAwait(false);
            if (RemovalTransitions.Decide(RemovalStep.Request, existing?.Request.Status) == RemovalVerdict.Compare)
            {
                return Repeat(existing!, RemovalTerms.RequestConflict(existing!.Request, given));
            }

            var stored = await _removals.InsertRequestAsync(connection, transaction, given, cancellationToken).ConfigureAwait(false);
            return new RemovalWrite(RemovalOutcome.Created, new StoredRemoval(stored, null, UsesAfterRemoval.None));
        }, cancellationToken);
    }

    public Task<RemovalWrite> AttestRemovalAsync(RemovalAttestationRecord attestation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attestation);
        var given = attestation with { JournalEntryNo = 0 };
        return _database.WriteAsync(async (connection, transaction) =>
        {
            var existing = await ReadLockedAsync(connection, transaction, given.RequestId, cancellationToken).ConfigureAwait(false);
            var verdict = RemovalTransitions.Decide(RemovalStep.Attest, existing?.Request.Status);
            if (verdict != RemovalVerdict.Apply)
            {
                return Refused(verdict, existing, e => RemovalTerms.AttestationConflict(e.Attestation ?? throw Missing(e, "attestation"), given));
            }

            var request = existing!.Request with { Status = RemovalTransitions.Target(RemovalStep.Attest) };
            var stored = await _removals.InsertAttestationAsync(connection, transaction, request, given, cancellationToken).ConfigureAwait(false);
            var uses = await RemovalReads.UsesAfterAsync(connection, transaction, request, stored.RemovedAtUnixMs, cancellationToken).ConfigureAwait(false);
            return new RemovalWrite(RemovalOutcome.Created, new StoredRemoval(request, stored, uses));
        }, cancellationToken);
    }

    public Task<RemovalWrite> WithdrawRemovalAsync(RemovalWithdrawalRecord withdrawal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);
        var given = withdrawal with { JournalEntryNo = 0 };
        return _database.WriteAsync(async (connection, transaction) =>
        {
            var existing = await ReadLockedAsync(connection, transaction, given.RequestId, cancellationToken).ConfigureAwait(false);
            var verdict = RemovalTransitions.Decide(RemovalStep.Withdraw, existing?.Request.Status);
            if (verdict != RemovalVerdict.Apply)
            {
                return Refused(verdict, existing, e => RemovalTerms.WithdrawalConflict(e.Withdrawal ?? throw Missing(e, "withdrawal"), given));
            }

            var request = existing!.Request with { Status = RemovalTransitions.Target(RemovalStep.Withdraw) };
            var stored = await _removals.InsertWithdrawalAsync(connection, transaction, request, given, cancellationToken).ConfigureAwait(false);
            return new RemovalWrite(RemovalOutcome.Created, new StoredRemoval(request, null, UsesAfterRemoval.None, stored));
        }, cancellationToken);
    }

    /// <summary>
    /// Reads the request to learn its work, takes the work's partition lock, and reads it again under the lock. A
    /// request's work never changes, so the lock taken is the one every write of the request takes.
    /// </summary>
    private async Task<StoredRemoval?> ReadLockedAsync(DbConnection connection, DbTransaction transaction, string requestId, CancellationToken cancellationToken)
    {
        var unlocked = await RemovalReads.ReadAsync(connection, transaction, requestId, cancellationToken).ConfigureAwait(false);
        if (unlocked is null)
        {
            return null;
        }

        await _journal.LockAsync(connection, transaction, _partitioning.PartitionOf(unlocked.Request.WorkId), cancellationToken).ConfigureAwait(false);
        return await RemovalReads.ReadAsync(connection, transaction, requestId, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<StoredRemoval>> OpenDemandsForRefusedUsesAsync(long nowUnixMs, int limit, CancellationToken cancellationToken) =>
        _demands.OpenAsync(nowUnixMs, limit, cancellationToken);

    public async Task<StoredRemoval?> GetRemovalAsync(string requestId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestId);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await RemovalReads.ReadAsync(connection, null, requestId, cancellationToken).ConfigureAwait(false);
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
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<(RemovalRequestRecord Request, RemovalAttestationRecord? Attestation, RemovalWithdrawalRecord? Withdrawal)>();
        await using (var command = LedgerDatabase.Command(connection, null, sql, ScopeParameters(scope, ("s", status), ("after", afterEntryNo), ("n", (long)limit + 1))))
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
            removals.Add(await RemovalReads.WithUsesAsync(connection, null, request, attestation, withdrawal, cancellationToken).ConfigureAwait(false));
        }

        return new RemovalPage(removals, more ? removals[^1].Request.JournalEntryNo : 0);
    }

    public async Task<bool> InScopeAsync(RemovalScope scope, string requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null,
            $"SELECT COUNT(*) FROM removal_requests r WHERE r.request_id = @id AND {RemovalSql.ScopeCondition(scope.Kind)}",
            ScopeParameters(scope, ("id", requestId)));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
    }

    public async Task<bool> HasAnyCreatorMemberAsync(string societyId, IReadOnlyCollection<string> creatorIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(creatorIds);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null, RemovalSql.SocietyHasMember, ("s", societyId), ("m", ""));
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

    /// <summary>The answer to a step that does not apply: not found, no longer open, or a repeat (the same or a conflict).</summary>
    private static RemovalWrite Refused(RemovalVerdict verdict, StoredRemoval? existing, Func<StoredRemoval, RemovalConflict?> compare) => verdict switch
    {
        RemovalVerdict.NotFound => new RemovalWrite(RemovalOutcome.NotFound, null),
        RemovalVerdict.NotOpen => new RemovalWrite(RemovalOutcome.NotOpen, existing),
        RemovalVerdict.Compare => Repeat(existing!, compare(existing!)),
        _ => throw new UnreachableException($"removal verdict {verdict} is not a refusal"),
    };

    private static RemovalWrite Repeat(StoredRemoval existing, RemovalConflict? conflict) =>
        new(conflict is null ? RemovalOutcome.Repeated : RemovalOutcome.Conflict, existing, conflict);

    private static UnreachableException Missing(StoredRemoval existing, string what) =>
        new($"removal request {existing.Request.RequestId} is {existing.Request.Status} without its {what}, which reading it checks");

    private static (string Name, object Value)[] ScopeParameters(RemovalScope scope, params (string Name, object Value)[] others) =>
        scope.Kind is RemovalScopeKind.All ? others : [.. others, ("p", scope.PartyId)];
}
