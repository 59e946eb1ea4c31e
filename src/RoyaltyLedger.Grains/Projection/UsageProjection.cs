using System.Text.Json;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Grains.Abstractions.Projection;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Storage.Projection;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// One projector's rounds: read the oldest pending log rows, resolve and rate their counted events, and commit the
/// totals, the suspense rows and the removal of those rows from the queue in one transaction. Everything is derived
/// from the log again on every attempt, so a round that fails or loses to another projector leaves nothing behind.
/// </summary>
internal sealed class UsageProjection(IUsageProjectionStore store, IClaimStore claims, IGrainFactory grains, ProjectionMetrics metrics, TimeProvider clock)
{
    public const int MaxBatchesPerRound = IUsageProjectorGrain.MaxBatchesPerRound;

    /// <summary>Rows are taken until the round holds this many counted events, bounding its memory.</summary>
    public const long MaxEventsPerRound = 50_000;

    /// <summary>Identifier hits are cached; a work's identifiers never move to another work, misses are not cached.</summary>
    public const int MaxCachedIdentifiers = 100_000;

    private readonly Dictionary<WorkRef, string> _identifiers = [];

    public async Task<RoundOutcome> RunRoundAsync(int maxBatches, CancellationToken cancellationToken)
    {
        var batches = await store.ReadPendingAsync(maxBatches, MaxEventsPerRound, cancellationToken);
        if (batches.Count == 0)
        {
            return RoundOutcome.Empty;
        }

        var uses = batches.SelectMany(LogDecoder.CountedUses).ToList();
        var works = await ResolveWorksAsync(uses, cancellationToken);
        var ratings = await RateAsync(uses, works);
        var settled = await Settlements.ForAsync(claims, uses, works, ratings, cancellationToken);
        var totals = new TotalsBuilder();
        var book = new PostingBook();
        var suspense = new List<UnidentifiedUse>();
        var workLog = new HashSet<(string, long)>();
        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < uses.Count; i++)
        {
            var status = Project(uses[i], works[i], ratings[i], settled, totals, book, suspense);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status != EventStatus.Unidentified)
            {
                workLog.Add((works[i]!, uses[i].LogSeq));
            }
        }

        var logSeqs = batches.Select(b => b.LogSeq).ToList();
        var commit = new ProjectionCommit(logSeqs, totals.ToDeltas(), suspense, [.. workLog], Entries(logSeqs, uses.Count, book),
            clock.GetUtcNow().ToUnixTimeMilliseconds());
        var committed = await store.CommitRoundAsync(commit, cancellationToken);
        if (committed)
        {
            metrics.Projected(statuses);
        }

        var full = batches.Count >= maxBatches || batches.Sum(b => (long)b.Counted) >= MaxEventsPerRound;
        return new RoundOutcome(committed ? batches.Count : 0, committed ? uses.Count : 0, full, !committed);
    }

    /// <summary>
    /// The round's journal entries: one line per account and work, referencing the log rows rated as ranges; none when
    /// nothing was priced. A round whose lines exceed what one entry may hold is split between works, and each work's
    /// lines balance on their own, so every entry does.
    /// </summary>
    private static List<JournalEntryDraft> Entries(IReadOnlyList<long> logSeqs, int events, PostingBook book)
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
    private static string Project(
        LoggedUse use, string? workId, UseRating? rating, IReadOnlyDictionary<(string, string), long> settled, TotalsBuilder totals, PostingBook book, List<UnidentifiedUse> suspense)
    {
        if (workId is null || rating is null)
        {
            var unidentified = ToSuspense(use);
            suspense.Add(unidentified);
            totals.AddUnidentified(unidentified, +1);
            return EventStatus.Unidentified;
        }

        var priced = UsagePricer.Price(use, workId, rating, Settlements.For(settled, use, workId));
        totals.AddPriced(use, workId, priced);
        PricedPostings.Post(book, use, workId, priced);
        return priced.Status;
    }

    public static UnidentifiedUse ToSuspense(LoggedUse use) => new(
        use.LogSeq, use.EventIndex, use.OperatorId, use.EventId, use.ModelId, use.WorkId, use.Ref?.Scheme ?? "", use.Ref?.Value ?? "",
        (int)use.Use, use.Units, use.UnitKind, use.OccurredAt.ToUnixTimeMilliseconds());

    /// <summary>Rates every use whose work is known; null for the others and for works that turn out not to be registered.</summary>
    private async Task<UseRating?[]> RateAsync(List<LoggedUse> uses, string?[] works)
    {
        var known = Enumerable.Range(0, uses.Count).Where(i => works[i] is not null).ToList();
        var rated = await WorkRater.RateAsync(grains, [.. known.Select(i => (works[i]!, uses[i]))]);
        var ratings = new UseRating?[uses.Count];
        for (var k = 0; k < known.Count; k++)
        {
            ratings[known[k]] = rated[k];
        }

        return ratings;
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
            : await store.FindWorksByIdentifierAsync(missing, cancellationToken);
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
