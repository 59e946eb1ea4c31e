using RoyaltyLedger.Domain;
using System.Text.Json;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Grains.Abstractions.Projection;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// One projector's rounds: read the oldest pending log rows, resolve and rate their counted events, and commit the
/// totals, the suspense rows and the removal of those rows from the queue in one transaction. Everything is derived
/// from the log again on every attempt, so a round that fails or loses to another projector leaves nothing behind.
/// </summary>
internal sealed class UsageProjection(ProjectionStores stores, IGrainFactory grains, ProjectionContext context, ProjectionFaults faults, ProjectorPartition partition)
{
    /// <summary>Rows queued before partitions that partition 0 files per run (docs/partitions.md).</summary>
    public const int MaxFiledPerRun = 200;

    public const int MaxBatchesPerRound = IUsageProjectorGrain.MaxBatchesPerRound;

    /// <summary>Rounds a timer tick may chain, each prepared while the one before commits; matching and re-rating follow.</summary>
    public const int MaxRoundsPerRun = 4;

    /// <summary>Identifier hits are cached; a work's identifiers never move to another work, misses are not cached.</summary>
    public const int MaxCachedIdentifiers = 100_000;

    private readonly Dictionary<WorkRef, string> _identifiers = [];

    /// <summary>True on partition 0, which also retries rows set aside whole and matches suspense for every partition.</summary>
    public bool IsFirstPartition => partition.IsFirst;

    /// <summary>True when the ledger has more than one partition.</summary>
    public bool IsPartitioned => partition.Partitioning.Count > 1;

    /// <summary>
    /// Projects up to <paramref name="maxRounds"/> rounds of at most <paramref name="maxBatches"/> log rows each, stopping
    /// at the first that is not full. Each round after the first is prepared (read, rated, priced) while the one before
    /// it commits, on another thread: a commit is mostly the database's own work, and on SQLite it runs synchronously,
    /// so without this the projector would leave one of two cores idle. Commits still happen one after another, in
    /// order, and a round prepared behind a commit that lost to another projector is dropped unwritten.
    /// </summary>
    public async Task<RoundOutcome> RunRoundsAsync(int maxBatches, int maxRounds, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRounds, 1);
        if (partition.IsFirst && partition.Partitioning.Count > 1)
        {
            await FileUnfiledAsync(cancellationToken);
        }

        var prepared = await PrepareAsync(maxBatches, afterLogSeq: 0, cancellationToken);
        var (batches, events) = (0, 0);
        for (var round = 1; prepared is not null; round++)
        {
            var current = prepared;
            // A use that makes the commit fail is set aside and the rest committed (CommitIsolation).
            var committing = Task.Run(() => CommitIsolation.CommitAsync(stores, context.Failures, current.Inputs, current.Built, current.Built.Commit.RecordedAtUnixMs, cancellationToken),
                cancellationToken);
            // Rows are read after the last one being committed, so that the next round does not take them again; a row
            // with a lower number still waiting (on PostgreSQL, an ingest transaction that committed late) is taken by
            // the next run, which starts again from the oldest.
            var preparing = current.Full && round < maxRounds
                ? PrepareAsync(maxBatches, current.LastLogSeq, cancellationToken)
                : Task.FromResult<PreparedRound?>(null);
            try
            {
                await Task.WhenAll(committing, preparing);
            }
            finally
            {
                if (committing.IsCompletedSuccessfully && committing.Result.Committed)
                {
                    context.Metrics.Projected(committing.Result.Round.Statuses);
                }
            }

            if (!committing.Result.Committed)
            {
                return new RoundOutcome(batches, events, current.Full, Conflicted: true);
            }

            (batches, events) = (batches + current.Batches, events + current.Events);
            if (preparing.Result is null)
            {
                return new RoundOutcome(batches, events, current.Full, Conflicted: false);
            }

            prepared = preparing.Result;
        }

        return RoundOutcome.Empty;
    }

    /// <summary>
    /// Reads the oldest pending log rows numbered after <paramref name="afterLogSeq"/>, then resolves, rates and prices
    /// their counted events into what one transaction commits; null when no row is waiting.
    /// </summary>
    private async Task<PreparedRound?> PrepareAsync(int maxBatches, long afterLogSeq, CancellationToken cancellationToken)
    {
        var batches = await stores.Projection.ReadPendingAsync(partition.Number, maxBatches, context.Settings.MaxEventsPerRound, afterLogSeq, cancellationToken);
        if (batches.Count == 0)
        {
            return null;
        }

        var logSeqs = batches.Select(b => b.LogSeq).ToList();
        var inputs = await InputsAsync(logSeqs, batches, _ => true, forRetry: false, cancellationToken);
        var now = context.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var built = RoundBuilder.Build(inputs, inputs.RatingFailures, null, now, context.Failures);
        var full = batches.Count >= maxBatches || batches.Sum(b => (long)b.Counted) >= context.Settings.MaxEventsPerRound;
        return new PreparedRound(inputs, built, batches.Count, batches.Sum(b => b.Counted), logSeqs.Max(), full);
    }

    /// <summary>
    /// Decodes the rows' counted uses that <paramref name="take"/> admits, resolves their works, rates them (a work whose
    /// rating fails other than transiently fails its uses alone) and looks up their claim settlements. A round's use whose
    /// work is another partition's (its identifier was registered after ingest filed it) goes to suspense, which matches
    /// it into its work's partition; a retry leaves another partition's uses to that partition's projector, except those
    /// of rows set aside whole (<paramref name="whole"/>), which partition 0 retries (docs/partitions.md).
    /// </summary>
    public async Task<RoundInputs> InputsAsync(
        IReadOnlyList<long> logSeqs, IReadOnlyList<PendingBatch> rows, Func<LoggedUse, bool> take, bool forRetry, CancellationToken cancellationToken,
        Func<LoggedUse, bool>? whole = null)
    {
        var now = context.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var (decoded, broken) = RoundInputs.Decode(rows, context.Failures);
        var uses = decoded.Where(take).ToList();
        var works = await ResolveWorksAsync(uses, cancellationToken);
        if (forRetry)
        {
            var kept = Enumerable.Range(0, uses.Count).Where(i => (whole?.Invoke(uses[i]) ?? false) ? partition.IsFirst : partition.Of(uses[i], works[i]) == partition.Number).ToList();
            (uses, works) = ([.. kept.Select(i => uses[i])], [.. kept.Select(i => works[i])]);
            broken = partition.IsFirst ? broken : [];
        }
        else
        {
            for (var i = 0; i < works.Length; i++)
            {
                works[i] = works[i] is { } work && !partition.Owns(work) ? null : works[i];
            }
        }

        var (ratings, failures) = await RateAsync(uses, works);
        var settled = await Settlements.ForAsync(stores.Claims, uses, works, ratings, cancellationToken);
        var ratingFailures = new Dictionary<int, Exception>();
        for (var i = 0; i < failures.Length; i++)
        {
            if (failures[i] is { } failure)
            {
                ratingFailures[i] = failure;
            }
        }

        return new RoundInputs(logSeqs, uses, works, ratings, settled, [.. broken.Select(b => RoundInputs.Quarantine(b.Row, b.Error, now))], ratingFailures)
        {
            Partition = partition.Number,
        };
    }

    /// <summary>A round ready to commit: what it is built from, what it writes, and whether it hit a round limit.</summary>
    private sealed record PreparedRound(RoundInputs Inputs, BuiltRound Built, int Batches, int Events, long LastLogSeq, bool Full);

    /// <summary>
    /// The round's journal entries: one line per account and work, referencing the log rows rated as ranges; none when
    /// nothing was priced. A round whose lines exceed what one entry may hold is split between works, and each work's
    /// lines balance on their own, so every entry does.
    /// </summary>
    internal static List<JournalEntryDraft> Entries(IReadOnlyList<long> logSeqs, int events, PostingBook book)
    {
        if (book.Count == 0)
        {
            return [];
        }

        var reference = JsonSerializer.Serialize(new { log_rows = LogRanges.Format(logSeqs), events });
        var drafts = new List<JournalEntryDraft>();
        var lines = new List<PostingLine>();
        foreach (var work in book.Lines().GroupBy(l => (l.Currency, l.WorkId)))
        {
            var group = work.ToList();
            if (lines.Count + group.Count > JournalLimits.MaxLinesPerEntry && lines.Count > 0)
            {
                drafts.Add(new JournalEntryDraft(EntryKinds.Usage, reference, lines));
                lines = [];
            }

            lines.AddRange(group);
        }

        drafts.Add(new JournalEntryDraft(EntryKinds.Usage, reference, lines));
        return drafts;
    }

    /// <summary>Adds one use to the round's totals and postings (or to suspense when its work is unknown) and returns its status.</summary>
    internal static UseStatus Project(
        LoggedUse use, string? workId, UseRating? rating, IReadOnlyDictionary<(string, string), long> settled, PricedRound round, List<UnidentifiedUse> suspense)
    {
        if (workId is null || rating is null)
        {
            var unidentified = ToSuspense(use);
            suspense.Add(unidentified);
            round.Totals.AddUnidentified(unidentified, +1);
            return UseStatus.Unidentified;
        }

        return round.Add(use, workId, rating, Settlements.For(settled, use, workId));
    }

    public static UnidentifiedUse ToSuspense(LoggedUse use) => new(
        use.LogSeq, use.EventIndex, use.OperatorId, use.EventId, use.ModelId, use.WorkId, use.Ref?.Scheme ?? "", use.Ref?.Value ?? "",
        (int)use.Use, use.Units, use.UnitKind, use.OccurredAt.ToUnixTimeMilliseconds());

    /// <summary>
    /// Rates every use whose work is known; null for the others and for works that turn out not to be registered. A
    /// use whose work's rating failed other than transiently has its failure instead.
    /// </summary>
    /// <summary>
    /// Files rows queued before partitions (no mask of their own) into one row per partition their counted uses are in,
    /// as ingest files new rows. A row that cannot be decoded stays whole in partition 0, whose round sets it aside.
    /// </summary>
    private async Task FileUnfiledAsync(CancellationToken cancellationToken)
    {
        foreach (var row in await stores.Projection.ReadUnfiledAsync(MaxFiledPerRun, cancellationToken))
        {
            var (uses, broken) = RoundInputs.Decode([row], context.Failures);
            var filed = new SortedDictionary<int, (int Counted, byte[] Mask)>();
            if (broken.Count > 0 || row.Counted == 0)
            {
                filed[0] = (row.Counted, row.CountedMask);
            }
            else
            {
                var works = await ResolveWorksAsync(uses, cancellationToken);
                for (var i = 0; i < uses.Count; i++)
                {
                    var p = partition.Of(uses[i], works[i]);
                    var (counted, mask) = filed.TryGetValue(p, out var found) ? found : (0, new byte[row.CountedMask.Length]);
                    mask[uses[i].EventIndex >> 3] |= (byte)(1 << (uses[i].EventIndex & 7));
                    filed[p] = (counted + 1, mask);
                }
            }

            // False: another activation filed it first; either way it is filed.
            await stores.Projection.FileAsync(row.LogSeq, [.. filed.Select(f => (f.Key, f.Value.Counted, f.Value.Mask))], cancellationToken);
        }
    }

    private async Task<(UseRating?[] Ratings, Exception?[] Failures)> RateAsync(List<LoggedUse> uses, string?[] works)
    {
        var known = Enumerable.Range(0, uses.Count).Where(i => works[i] is not null).ToList();
        var (rated, failed) = await WorkRater.RateIsolatedAsync(grains, [.. known.Select(i => (works[i]!, uses[i]))], context.Failures, faults);
        var ratings = new UseRating?[uses.Count];
        var failures = new Exception?[uses.Count];
        for (var k = 0; k < known.Count; k++)
        {
            ratings[known[k]] = rated[k];
            failures[known[k]] = failed[k];
        }

        return (ratings, failures);
    }

    /// <summary>
    /// The work each use names: its work id when given, else the registered work carrying its identifier; null when
    /// neither leads to a work (the work id itself is checked by rating it).
    /// </summary>
    private async Task<string?[]> ResolveWorksAsync(List<LoggedUse> uses, CancellationToken cancellationToken)
    {
        var missing = uses.Where(u => u.WorkId.Length == 0 && u.Ref is { } r && !_identifiers.ContainsKey(r))
            .Select(u => u.Ref!.Value).Distinct().ToList();
        IReadOnlyDictionary<WorkRef, string> found = missing.Count == 0
            ? new Dictionary<WorkRef, string>()
            : await stores.Projection.FindWorksByIdentifierAsync(missing, cancellationToken);
        string?[] works = [.. uses.Select(u => u.WorkId.Length > 0 ? u.WorkId : u.Ref is { } r ? Lookup(r, found) : null)];
        if (_identifiers.Count + found.Count > MaxCachedIdentifiers)
        {
            _identifiers.Clear();
        }

        foreach (var (identifier, workId) in found)
        {
            _identifiers[identifier] = workId;
        }

        return works;
    }

    private string? Lookup(WorkRef identifier, IReadOnlyDictionary<WorkRef, string> found) =>
        found.TryGetValue(identifier, out var workId) ? workId : _identifiers.GetValueOrDefault(identifier);
}
