using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Application.Payouts;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Payouts;
using RoyaltyLedger.Storage.Amounts;
using RoyaltyLedger.Storage.Database;
using RoyaltyLedger.Storage.Journal;

namespace RoyaltyLedger.Storage.Payouts;

/// <summary>
/// Payout cycles by period of use (docs/payouts.md): reads what the members are owed for the cycle's months, for late
/// lines of closed months and for lines without a month (<see cref="PayoutPeriodSums"/>), lets
/// <see cref="PayoutCalculator"/> compute the lines and <see cref="PayoutPostings"/> the journal entry, and stores the
/// cycle with its lines and their breakdown in the transaction that appends the entry. A commit locks every
/// partition's head in ascending order, records them as the cycle's consistent cut (<see cref="PartitionCut"/>,
/// docs/partitions.md) and appends its entry to partition 0. A preview computes the same, as the journal stands.
/// </summary>
public sealed class SqlPayoutStore : IPayoutStore
{
    /// <summary>The partition that holds payout entries: they move money between parties, not for one work.</summary>
    public const int PayoutPartition = 0;

    private readonly LedgerDatabase _database;
    private readonly LedgerPartitioning _partitioning;
    private readonly JournalAppender _journal;

    public SqlPayoutStore(LedgerDatabase database)
        : this(database, LedgerPartitioning.One)
    {
    }

    public SqlPayoutStore(LedgerDatabase database, LedgerPartitioning partitioning)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(partitioning);
        _database = database;
        _partitioning = partitioning;
        _journal = new JournalAppender(database);
    }

    public async Task<StoredCycle> PreviewCycleAsync(CycleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        return await ComputeCycleAsync(connection, transaction, request, cancellationToken).ConfigureAwait(false);
    }

    public async Task<(StoredCycle Cycle, bool Created)> CommitCycleAsync(CycleRequest request, bool allowEmpty, long committedAtUnixMs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await _database.WriteAsync(async (connection, transaction) =>
        {
            // Under every partition's lock nothing is appended while the balances are read and paid, and a second commit
            // of the same cycle waits here, then finds it committed. The heads read under those locks are the cut.
            await _journal.LockAllAsync(connection, transaction, _partitioning.Count, cancellationToken).ConfigureAwait(false);
            if (await ReadCycleAsync(connection, transaction, request.CycleId, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                return (existing, false);
            }

            var cut = await ReadCutAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            var computed = await ComputeCycleAsync(connection, transaction, request, cancellationToken).ConfigureAwait(false);
            if (computed.Summary.PaidNanos == 0 && !allowEmpty)
            {
                throw new PreconditionFailedException(EmptyCycle.Describe(computed));
            }

            var entryNo = 0L;
            if (PayoutPostings.Entry(request.CycleId, request.SocietyId, request.Currency, computed.CutoffEntryNo, computed.Lines) is { } draft)
            {
                entryNo = (await _journal.AppendAsync(connection, transaction, PayoutPartition, [draft], committedAtUnixMs, cancellationToken).ConfigureAwait(false))[0];
            }

            var root = PayoutPostings.MerkleRoot(request.CycleId, computed.Lines);
            var committed = computed with { MerkleRoot = root, JournalEntryNo = entryNo, CommittedAtUnixMs = committedAtUnixMs };
            await InsertCycleAsync(connection, transaction, committed, cancellationToken).ConfigureAwait(false);
            await PayoutCuts.InsertAsync(connection, transaction, request.CycleId, cut, cancellationToken).ConfigureAwait(false);
            await PayoutParts.InsertAsync(connection, transaction, request.CycleId, committed.Parts, cancellationToken).ConfigureAwait(false);
            return (committed, true);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The heads of partitions 0 to P - 1, read under their locks: the cycle's consistent cut.</summary>
    private async Task<IReadOnlyList<(long EntryNo, byte[] Hash)>> ReadCutAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var heads = new List<(long, byte[])>(_partitioning.Count);
        foreach (var partition in _partitioning.All)
        {
            heads.Add(await _journal.ReadHeadAsync(connection, transaction, partition, cancellationToken).ConfigureAwait(false));
        }

        return heads;
    }

    public async Task<StoredCycle?> GetCycleAsync(string cycleId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadCycleAsync(connection, null, cycleId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The cycle as the journal stands. Its cut-off entry is the last entry it could see: under a commit's locks, the
    /// highest head of its cut; the society's next cycle counts entries after it as recorded late.
    /// </summary>
    private static async Task<StoredCycle> ComputeCycleAsync(DbConnection connection, DbTransaction transaction, CycleRequest request, CancellationToken cancellationToken)
    {
        var period = request.Period ?? throw new UnreachableException($"cycle {request.CycleId} has no period; cycles are computed by months of use");
        var cutoff = await ScalarAsync(connection, transaction, PayoutSql.LastEntryNo, cancellationToken).ConfigureAwait(false);
        var (balances, parts) = await PayoutPeriodSums.ReadAsync(connection, transaction, request.SocietyId, request.Currency, period, cancellationToken).ConfigureAwait(false);
        var (lines, summary) = PayoutCalculator.Compute(
            new PayoutPolicy(request.SocietyId, request.Currency, request.CommissionBasisPoints, request.MinimumPayoutMinor), balances);
        var suspense = await ScalarAsync(connection, transaction, PayoutSql.SuspenseEvents, cancellationToken).ConfigureAwait(false);
        return new StoredCycle(request, cutoff, lines, summary, suspense, [], 0, null) { Parts = parts };
    }

    private static async Task<long> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string, object)[] parameters)
    {
        await using var command = LedgerDatabase.Command(connection, transaction, sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static async Task InsertCycleAsync(DbConnection connection, DbTransaction transaction, StoredCycle cycle, CancellationToken cancellationToken)
    {
        var r = cycle.Request;
        await using (var insert = LedgerDatabase.Command(connection, transaction, PayoutSql.InsertCycle,
            ("id", r.CycleId), ("s", r.SocietyId), ("c", r.Currency), ("t", r.PeriodEndUnixMs), ("min", r.MinimumPayoutMinor),
            ("bps", r.CommissionBasisPoints), ("cut", cycle.CutoffEntryNo), ("root", cycle.MerkleRoot), ("entry", cycle.JournalEntryNo),
            ("at", cycle.CommittedAtUnixMs!.Value), ("sus", cycle.SuspenseEvents), ("pf", r.Period?.First ?? ""), ("pl", r.Period?.Last ?? "")))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var line = LedgerDatabase.Command(connection, transaction, PayoutSql.InsertLine,
            ("id", r.CycleId), ("n", 0), ("p", ""), ("g", Int128.Zero), ("cm", Int128.Zero), ("pm", Int128.Zero), ("pn", Int128.Zero), ("cr", Int128.Zero), ("h", 0));
        object Amount(Int128 value) => Int128Parameters.ToProvider(connection, value);
        for (var i = 0; i < cycle.Lines.Count; i++)
        {
            var l = cycle.Lines[i];
            var p = line.Parameters;
            (p["n"].Value, p["p"].Value, p["g"].Value, p["cm"].Value) = (i, l.PartyId, Amount(l.GrossNanos), Amount(l.CommissionNanos));
            (p["pm"].Value, p["pn"].Value, p["cr"].Value, p["h"].Value) = (Amount(l.PaidMinor), Amount(l.PaidNanos), Amount(l.CarriedNanos), l.Held ? 1 : 0);
            await line.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<StoredCycle?> ReadCycleAsync(DbConnection connection, DbTransaction? transaction, string cycleId, CancellationToken cancellationToken)
    {
        CycleRequest request;
        long cutoff, entryNo, committedAt, suspense;
        byte[] root;
        await using (var command = LedgerDatabase.Command(connection, transaction, PayoutSql.SelectCycle, ("id", cycleId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            request = new CycleRequest(cycleId, reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt32(4))
            {
                // Cycles committed before periods were months have none (period_first '').
                Period = reader.GetString(10) is { Length: > 0 } first ? new PayoutPeriod(first, reader.GetString(11)) : null,
            };
            (cutoff, root, entryNo) = (reader.GetInt64(5), reader.GetFieldValue<byte[]>(6), reader.GetInt64(7));
            (committedAt, suspense) = (reader.GetInt64(8), reader.GetInt64(9));
        }

        var lines = new List<PayoutLine>();
        await using (var command = LedgerDatabase.Command(connection, transaction, PayoutSql.SelectLines, ("id", cycleId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                lines.Add(new PayoutLine(reader.GetString(0), request.Currency, reader.GetInt128(1), reader.GetInt128(2), reader.GetInt128(3),
                    reader.GetInt128(4), reader.GetInt128(5), reader.GetInt32(6) == 1));
            }
        }

        // The summary is derived again from the stored lines, which is also how it was computed before they were stored.
        var summary = PayoutCalculator.Summarize(request.Currency, lines);
        var parts = await PayoutParts.ReadAsync(connection, transaction, cycleId, cancellationToken).ConfigureAwait(false);
        return new StoredCycle(request, cutoff, lines, summary, suspense, root, entryNo, committedAt) { Parts = parts };
    }
}
