namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// Everything a <see cref="CompiledWork"/> derives from its inputs, worked out before the snapshot is allocated so
/// that the snapshot's constructor allocates only what the check reads, together. Licences are ordered by (operator
/// id, licence id); the operator and model ids they name are gathered into one string of names, and their territories
/// into one array of packed codes.
/// </summary>
internal sealed class CompiledWorkPlan
{
    private readonly Dictionary<string, NameRange> _nameRanges = new(StringComparer.Ordinal);
    private readonly System.Text.StringBuilder _names = new();
    private readonly List<NameRange> _modelRanges = [];
    private readonly List<ushort> _territories = [];

    private CompiledWorkPlan(CompiledWorkInputs inputs)
    {
        Ordered = [.. inputs.Licences.OrderBy(l => l.OperatorId, StringComparer.Ordinal).ThenBy(l => l.LicenceId, StringComparer.Ordinal)];
        CreatorIds = [.. inputs.Splits.Versions.Select(v => v.Contributors.Select(c => c.CreatorId).ToArray())];
        Operators = [.. Ordered.Select(l => Name(l.OperatorId))];
        Models = [.. Ordered.Select(l => l.ModelIds is null ? SpanRange.All : AddModels(l.ModelIds))];
        Territories = [.. Ordered.Select(l => l.TerritoryCodes is null ? SpanRange.All : AddTerritories(l.TerritoryCodes))];
        var consents = inputs.Consents.ToLookup(c => (c.CreatorId, c.Use));
        DataStarts = new int[CreatorIds.Length];
        for (var s = 1; s < CreatorIds.Length; s++)
        {
            DataStarts[s] = DataStarts[s - 1] + CompiledSplit.DataLength(CreatorIds[s - 1].Length, Ordered.Length);
        }

        SplitData = new short[CreatorIds.Sum(ids => CompiledSplit.DataLength(ids.Length, Ordered.Length))];
        OperatorConsents = new OperatorConsent[CreatorIds.Length][];
        for (var s = 0; s < CreatorIds.Length; s++)
        {
            OperatorConsents[s] = ConsentResolution.Compile(CreatorIds[s], consents, SplitData, DataStarts[s]);
            for (var l = 0; l < Ordered.Length; l++)
            {
                SplitData[DataStarts[s] + CreatorIds[s].Length * UseNames.Slots + l] = LicensorIndex.Of(Ordered[l], CreatorIds[s]);
            }
        }

        Names = _names.ToString();
        ModelRanges = [.. _modelRanges];
        TerritoryCodes = [.. _territories];
    }

    public Licence[] Ordered { get; }

    public string[][] CreatorIds { get; }

    public NameRange[] Operators { get; }

    public SpanRange[] Models { get; }

    public SpanRange[] Territories { get; }

    /// <summary>Where each split's numbers start in <see cref="SplitData"/>.</summary>
    public int[] DataStarts { get; }

    public short[] SplitData { get; }

    public OperatorConsent[][] OperatorConsents { get; }

    public string Names { get; }

    /// <summary>Each licence's model ids, a run per licence in ascending ordinal order, so that long lists can be binary-searched.</summary>
    public NameRange[] ModelRanges { get; }

    public ushort[] TerritoryCodes { get; }

    public static CompiledWorkPlan Of(CompiledWorkInputs inputs) => new(inputs);

    private NameRange Name(string id)
    {
        if (!_nameRanges.TryGetValue(id, out var range))
        {
            range = new NameRange(_names.Length, id.Length);
            _names.Append(id);
            _nameRanges.Add(id, range);
        }

        return range;
    }

    private SpanRange AddModels(IReadOnlyList<string> modelIds)
    {
        var start = _modelRanges.Count;
        _modelRanges.AddRange(modelIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(Name));
        return new SpanRange(start, _modelRanges.Count - start);
    }

    private SpanRange AddTerritories(IReadOnlyList<string> codes)
    {
        var start = _territories.Count;
        _territories.AddRange(codes.Select(Territory.Pack).Distinct());
        return new SpanRange(start, _territories.Count - start);
    }
}
