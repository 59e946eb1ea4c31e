using RoyaltyLedger.Domain;
using System.Collections.Immutable;
using System.Diagnostics;
using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Licensing;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Grains.Licensing;
using RoyaltyLedger.Grains.Projection;
using RoyaltyLedger.Application.Licensing;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Grains.Registry;

/// <summary>
/// A work: its definition and split history (its row in the registry store, cached here and loaded on activation),
/// and licence-check snapshots compiled from the
/// consents and licences in the ledger database, which are the source of truth, together with the unlicensed
/// tariffs of its contributors' societies. Consents, memberships and tariffs are effective-dated: a use is rated
/// against those in force at its time, one snapshot per consent epoch (<see cref="DatedCheckSnapshots"/>). The snapshot is rebuilt when <see cref="Refresh"/> says something
/// changed, and at the latest after <see cref="MaxSnapshotAge"/> so that a missed notification cannot leave it
/// stale for long. A society's tariff change or a new member refreshes the works concerned (up to
/// <see cref="SocietyTariffPublisher.MaxWorksRefreshed"/> of them); any other work sees it within
/// <see cref="MaxSnapshotAge"/>, one minute, at worst.
/// </summary>
public sealed class WorkGrain(
    IRegistryStore registry,
    ILicenceStore licences,
    IRegistryHistory registryHistory,
    TimeProvider clock) : Grain, IWorkGrain
{
    /// <summary>The first split of a registered work applies to every use, past ones included.</summary>
    public static readonly DateTimeOffset FirstSplitEffectiveFrom = DateTimeOffset.UnixEpoch;

    public static readonly TimeSpan MaxSnapshotAge = TimeSpan.FromMinutes(1);

    private RegistryRow<WorkSnapshot> _row = null!;
    private DatedCheckSnapshots? _check;
    private ImmutableArray<LicenceRecord> _licences = [];
    private UnlicensedTariffIndex _tariffs = UnlicensedTariffIndex.Empty;
    private DateTimeOffset _builtAt;
    private long _version;

    private string WorkId => this.GetPrimaryKeyString();

    /// <summary>The definition as the registry store holds it; null when the work is not registered.</summary>
    private WorkDefinition? Definition => _row.Value?.Definition;

    /// <summary>The split history as the registry store holds it (the stored row has no licences: they are read apart).</summary>
    private ImmutableArray<SplitVersionRecord> StoredSplits => _row.Value!.Splits;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _row = new(registry, RegistryKinds.Work, WorkId);
        return _row.LoadAsync(cancellationToken);
    }

    public async Task<Registration<WorkSnapshot>> Register(WorkDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.WorkId != WorkId)
        {
            throw new ArgumentException($"definition of {definition.WorkId} sent to work {WorkId}", nameof(definition));
        }

        if (Definition is null)
        {
            var first = new SplitVersionRecord(FirstSplitEffectiveFrom, definition.Contributors, clock.GetUtcNow(), "registered");
            if (await SaveAsync(definition, [first]))
            {
                return new(RegistrationOutcome.Created, await DescribeAsync());
            }
        }

        // Registered before, or by another activation since this one loaded (the failed save reloaded the row).
        var current = Definition ?? throw new UnreachableException($"work {WorkId} could not be inserted, yet no row holds it");
        return new(current.SameAs(definition) ? RegistrationOutcome.Unchanged : RegistrationOutcome.Conflict, await DescribeAsync());
    }

    public async Task<WorkSnapshot?> Describe() => Definition is null ? null : await DescribeAsync();

    public async Task<Registration<WorkSnapshot>?> AmendSplits(SplitVersionRecord amendment)
    {
        ArgumentNullException.ThrowIfNull(amendment);
        if (Definition is not { } definition)
        {
            return null;
        }

        var last = StoredSplits[^1];
        if (last.EffectiveFrom == amendment.EffectiveFrom && last.Contributors.SequenceEqual(amendment.Contributors))
        {
            return new(RegistrationOutcome.Unchanged, await DescribeAsync());
        }

        // "Before now" is judged at the instant the amendment was recorded (the caller's now), not at this later moment:
        // an amendment "from now on" is effective from its recording instant, which this clock may already have passed.
        var history = Splits();
        var now = clock.GetUtcNow();
        var violations = history.ValidateAppend(amendment.ToDomain(), amendment.RecordedAt < now ? amendment.RecordedAt : now, amendment.Correction);
        if (violations.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", violations.Select(v => v.Description)), nameof(amendment));
        }

        await SaveOrThrowAsync(definition, StoredSplits.Add(amendment), "amending its splits");
        return new(RegistrationOutcome.Created, await DescribeAsync());
    }

    public async Task<WorkSnapshot?> LinkIdentifiers(ImmutableArray<IdentifierRecord> identifiers)
    {
        if (Definition is not { } definition)
        {
            return null;
        }

        var added = identifiers.Where(i => !definition.Identifiers.Contains(i)).Distinct().ToImmutableArray();
        if (added.Length > 0)
        {
            await SaveOrThrowAsync(definition with { Identifiers = definition.Identifiers.AddRange(added) }, StoredSplits, "linking identifiers");
        }

        return await DescribeAsync();
    }

    public Task Refresh()
    {
        _check = null;
        return Task.CompletedTask;
    }

    public async Task<ImmutableArray<UseRating>?> Rate(string operatorId, ImmutableArray<UseQuery> uses)
    {
        if (Definition is null)
        {
            return null;
        }

        // Each use is checked against the registry as it stood at its time (README "Rating as of the use's time").
        var checks = await CheckSnapshotsAsync();
        var ratings = ImmutableArray.CreateBuilder<UseRating>(uses.Length);
        // Covered uses under the same licence and split rate alike: they share one rating, which is immutable, so a
        // caller in this silo receives the same instance and can work out what follows from it once.
        Dictionary<(Covered, ImmutableArray<ContributorShare>), UseRating>? covered = null;
        foreach (var use in uses)
        {
            var decision = LicenceEvaluator.Evaluate(checks.At(use.OccurredAt), new UseOfWork(operatorId, use.ModelId, WorkId, use.Use, use.OccurredAt, use.TerritoryCode));
            var split = SplitAt(use.OccurredAt);
            ratings.Add(decision switch
            {
                Covered c => CoveredRating(covered ??= [], c, split),
                Refused r => new UseRating(UseStatus.Refused, null, null, null, false, r.CreatorId, r.Reason, split, _tariffs.For(split, use.Use, use.UnitKind, use.OccurredAt)),
                Unlicensed u => new UseRating(UseStatus.Unlicensed, null, null, null, false, null, u.Reason, split, _tariffs.For(split, use.Use, use.UnitKind, use.OccurredAt)),
                _ => throw new InvalidOperationException($"unknown licence decision {decision.GetType().Name}"),
            });
        }

        return ratings.MoveToImmutable();
    }

    public async Task<WorkCoverageView?> Coverage(string licenceId, DateTimeOffset at)
    {
        if (Definition is null)
        {
            return null;
        }

        var check = (await CheckSnapshotsAsync()).At(at);
        return check.Licences.Any(l => l.LicenceId == licenceId) ? WorkCoverageView.Of(LicenceCoverage.Of(check, licenceId, at)) : null;
    }

    private static UseRating CoveredRating(Dictionary<(Covered, ImmutableArray<ContributorShare>), UseRating> ratings, Covered c, ImmutableArray<ContributorShare> split)
    {
        if (!ratings.TryGetValue((c, split), out var rating))
        {
            var tariff = c.Tariff is { } t ? new TariffTerms(t.Currency, t.PriceMicros, t.PerUnits, t.UnitKind) : null;
            rating = new UseRating(UseStatus.Licensed, c.LicenceId, tariff, c.RevenueShareBasisPoints, c.AttributionOnly, null, "", split, []);
            ratings.Add((c, split), rating);
        }

        return rating;
    }

    private ImmutableArray<ContributorShare> SplitAt(DateTimeOffset at)
    {
        var splits = StoredSplits;
        for (var i = splits.Length - 1; i >= 0; i--)
        {
            if (splits[i].EffectiveFrom <= at)
            {
                return splits[i].Contributors;
            }
        }

        return [];
    }

    private async Task<WorkSnapshot> DescribeAsync()
    {
        await CheckSnapshotAsync();
        return new WorkSnapshot(Definition!, StoredSplits, _licences);
    }

    private SplitHistory Splits() => SplitHistory.Create(WorkId, [.. StoredSplits.Select(s => s.ToDomain())]);

    private async Task<CompiledWork> CheckSnapshotAsync() => (await CheckSnapshotsAsync()).At(clock.GetUtcNow());

    private async Task<DatedCheckSnapshots> CheckSnapshotsAsync()
    {
        var now = clock.GetUtcNow();
        if (_check is not null && now - _builtAt < MaxSnapshotAge)
        {
            return _check;
        }

        var definition = Definition!;
        var creators = StoredSplits.SelectMany(s => s.Contributors).Select(c => c.CreatorId).Distinct(StringComparer.Ordinal).ToList();
        var consentRows = await registryHistory.ConsentHistoryForWorkAsync(creators, WorkId, CancellationToken.None);
        var licenceRows = await licences.LicencesForWorkAsync(WorkId, definition.RightsholderIds, CancellationToken.None);
        var records = licenceRows.Select(LicenceCodec.FromStored).ToImmutableArray();
        var tariffs = await UnlicensedTariffIndex.LoadAsync(registryHistory, creators, CancellationToken.None);
        var history = ConsentHistory.Create(consentRows.Select(c => new RecordedConsent(ToDomain(c), DateTimeOffset.FromUnixTimeMilliseconds(c.RecordedAtUnixMs), c.Sequence,
            c.EffectiveFromUnixMs is { } from ? DateTimeOffset.FromUnixTimeMilliseconds(from) : null)));
        _check = new DatedCheckSnapshots(WorkId, ++_version, definition.RightsholderIds, Splits(), history, [.. records.Select(r => r.ToDomain())]);
        _licences = records;
        _tariffs = tariffs;
        _builtAt = now;
        return _check;
    }

    private static ConsentRecord ToDomain(ConsentEntry entry) => new(
        entry.CreatorId,
        entry.WorkId.Length == 0 ? null : entry.WorkId,
        (Domain.UseKind)entry.UseKind,
        entry.OperatorId.Length == 0 ? null : entry.OperatorId,
        entry.Decision switch
        {
            "granted" => ConsentState.Granted,
            "refused" => ConsentState.Refused,
            _ => ConsentState.NotGiven,
        });

    /// <summary>
    /// Writes the work's row with what it implies, in one transaction: its links to its contributors and
    /// rightsholders, and its identifiers indexed for matching usage that names them (the projector takes a listed
    /// work as registered and matches its suspense by work id and identifier). False when another activation changed
    /// the row first; the row is then reloaded.
    /// </summary>
    private async Task<bool> SaveAsync(WorkDefinition definition, ImmutableArray<SplitVersionRecord> splits)
    {
        var saved = await _row.TrySaveAsync(new WorkSnapshot(definition, splits, []), definition.Title, IndexOf(definition, splits), this);
        _check = null;
        return saved;
    }

    private async Task SaveOrThrowAsync(WorkDefinition definition, ImmutableArray<SplitVersionRecord> splits, string doing)
    {
        if (!await SaveAsync(definition, splits))
        {
            throw new InvalidOperationException($"work {WorkId} was changed elsewhere while {doing}; nothing was written, retry");
        }
    }

    private static WorkIndex IndexOf(WorkDefinition definition, ImmutableArray<SplitVersionRecord> splits)
    {
        var parties = splits.SelectMany(s => s.Contributors).Select(c => (c.CreatorId, WorkRelations.Contributor))
            .Concat(definition.RightsholderIds.Select(r => (r, WorkRelations.Rightsholder)))
            .Distinct().ToList();
        var identifiers = definition.Identifiers.IsDefault ? [] : definition.Identifiers;
        return new WorkIndex(parties, [.. identifiers.Select(i => WorkRefs.Of(i.Scheme, i.Value)).Select(r => (r.Scheme, r.Value))]);
    }
}
