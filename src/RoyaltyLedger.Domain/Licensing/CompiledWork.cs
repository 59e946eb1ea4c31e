namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// One work compiled for the licence check (a snapshot of its facts, as <see cref="CompiledSplit"/> and
/// <see cref="CompiledLicence"/> are of theirs): everything the check needs, indexed once when built, each split
/// version with its contributors' consents resolved per use, and the licences grouped by operator and sorted by
/// licence id. Build a new one (with a higher <see cref="Version"/>) when any of it changes. Not to be confused with
/// the registry's view of a work that grains hand out (Grains.Abstractions' <c>WorkSnapshot</c>).
/// </summary>
public sealed class CompiledWork
{
    public const int MaxRightsholders = 100;
    public const int MaxConsents = 10_000;
    public const int MaxLicences = 1_000;

    // What the check reads: the splits and one array of their numbers, and the licences with the tables they share.
    private readonly CompiledSplit[] _splits;
    private readonly short[] _splitData;
    private readonly LicenceTable _licences;

    private CompiledWork(CompiledWorkInputs inputs, CompiledWorkPlan plan)
    {
        // The objects the check reads are allocated here and together, so that they lie next to this object in memory
        // and a check touches few cache lines and pages; the plan made everything else. The decisions come first: the
        // caller reads the one returned last, when nothing else is left to wait for.
        WorkId = new string(inputs.WorkId);
        var covered = Array.ConvertAll(plan.Ordered, Covered.Of);
        _splits = new CompiledSplit[plan.CreatorIds.Length];
        _splitData = [.. plan.SplitData];
        for (var s = 0; s < _splits.Length; s++)
        {
            _splits[s] = new CompiledSplit(inputs.Splits.Versions[s].EffectiveFrom.UtcTicks, plan.CreatorIds[s], _splitData, plan.DataStarts[s], plan.OperatorConsents[s]);
        }

        var licences = new CompiledLicence[plan.Ordered.Length];
        _licences = new LicenceTable(licences, new string(plan.Names.AsSpan()), [.. plan.ModelRanges], [.. plan.TerritoryCodes]);
        for (var i = 0; i < licences.Length; i++)
        {
            licences[i] = new CompiledLicence(plan.Ordered[i], covered[i], plan.Operators[i], plan.Models[i], plan.Territories[i]);
        }

        Version = inputs.Version;
        RightsholderIds = inputs.RightsholderIds;
        Splits = inputs.Splits;
        Consents = inputs.Consents;
        Licences = inputs.Licences;
    }

    public string WorkId { get; }

    /// <summary>The caller's version of the facts this snapshot was built from, to tell a stale snapshot from a fresh one.</summary>
    public long Version { get; }

    /// <summary>Rightsholders whose catalogue includes the work; their catalogue licences can apply to it.</summary>
    public IReadOnlyList<string> RightsholderIds { get; }

    public SplitHistory Splits { get; }

    public IReadOnlyList<ConsentRecord> Consents { get; }

    public IReadOnlyList<Licence> Licences { get; }

    /// <summary>
    /// Builds a snapshot, refusing anything that does not belong to the work: consents recorded for another
    /// work, licences that neither list the work nor come from a rightsholder whose catalogue includes it,
    /// and invalid or duplicate licences. The error names each offending record.
    /// </summary>
    public static CompiledWork Create(
        string workId,
        long version,
        IReadOnlyList<string> rightsholderIds,
        SplitHistory splits,
        IReadOnlyList<ConsentRecord> consents,
        IReadOnlyList<Licence> licences)
    {
        ArgumentNullException.ThrowIfNull(rightsholderIds);
        ArgumentNullException.ThrowIfNull(splits);
        ArgumentNullException.ThrowIfNull(consents);
        ArgumentNullException.ThrowIfNull(licences);
        var inputs = new CompiledWorkInputs(workId, version, [.. rightsholderIds], splits, [.. consents], [.. licences]);
        var violations = inputs.Validate();
        if (violations.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", violations.Select(v => v.Description)));
        }

        return new CompiledWork(inputs, CompiledWorkPlan.Of(inputs));
    }

    /// <summary>The index of the split in force at <paramref name="ticks"/> (UTC), scanning from the newest, or -1 before the first.</summary>
    internal int SplitIndexAt(long ticks)
    {
        var i = _splits.Length - 1;
        while (i >= 0 && _splits[i].EffectiveTicks > ticks)
        {
            i--;
        }

        return i;
    }

    internal ref readonly CompiledSplit Split(int index) => ref _splits[index];

    /// <summary>
    /// Reads one number from each object the check will read, and nothing that depends on the use, so that a caller
    /// can start the cache misses of many snapshots at once and let them overlap (see the batch
    /// <see cref="LicenceEvaluator.Evaluate(ReadOnlySpan{CompiledWork}, ReadOnlySpan{UseOfWork}, Span{LicenceDecision})"/>).
    /// </summary>
    internal int Touch() => _splits.Length ^ _splitData.Length ^ _licences.Touch();

    internal ref readonly LicenceTable LicenceTable => ref _licences;
}
