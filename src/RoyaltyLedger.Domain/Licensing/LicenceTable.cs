namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// A snapshot's licences as the check reads them: sorted by (operator id, licence id), with the tables they share —
/// one string holding every operator and model id they name, the model id runs of each licence (each run in ordinal
/// order), and their packed territory codes. Held inline in the snapshot, so that reaching it costs no memory load.
/// </summary>
internal readonly struct LicenceTable
{
    /// <summary>Up to this many licences or models are scanned; more are binary-searched.</summary>
    private const int LinearScanLimit = 8;

    private readonly CompiledLicence[] _licences;
    private readonly string _names;
    private readonly NameRange[] _modelRanges;
    private readonly ushort[] _territoryCodes;

    public LicenceTable(CompiledLicence[] licences, string names, NameRange[] modelRanges, ushort[] territoryCodes)
    {
        _licences = licences;
        _names = names;
        _modelRanges = modelRanges;
        _territoryCodes = territoryCodes;
    }

    public ref readonly CompiledLicence this[int index] => ref _licences[index];

    /// <summary>Reads the length of each table, the first cache-line of each, for <see cref="CompiledWork.Touch"/>.</summary>
    public int Touch() => _licences.Length ^ _names.Length ^ _modelRanges.Length ^ _territoryCodes.Length;

    /// <summary>The range of indexes holding the operator's licences, in ascending licence id; empty when it has none.</summary>
    public (int Start, int End) Of(string operatorId)
    {
        var start = _licences.Length > LinearScanLimit ? LowerBound(operatorId) : FirstOf(operatorId);
        if (start == _licences.Length || !IsName(_licences[start].OperatorId, operatorId))
        {
            return (0, 0);
        }

        // Each operator id is in the names once, so the operator's other licences have the very same range.
        var end = start + 1;
        while (end < _licences.Length && _licences[end].OperatorId == _licences[start].OperatorId)
        {
            end++;
        }

        return (start, end);
    }

    public bool HasModel(SpanRange models, string modelId)
    {
        var runs = _modelRanges.AsSpan(models.Start, models.Count);
        if (runs.Length <= LinearScanLimit)
        {
            foreach (var run in runs)
            {
                if (IsName(run, modelId))
                {
                    return true;
                }
            }

            return false;
        }

        var (low, high) = (0, runs.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var order = runs[middle].In(_names).SequenceCompareTo(modelId);
            if (order == 0)
            {
                return true;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle);
        }

        return false;
    }

    public bool HasTerritory(SpanRange territories, ushort code) => _territoryCodes.AsSpan(territories.Start, territories.Count).Contains(code);

    private bool IsName(NameRange range, string id) => range.In(_names).SequenceEqual(id);

    private int FirstOf(string operatorId)
    {
        var i = 0;
        while (i < _licences.Length && !IsName(_licences[i].OperatorId, operatorId))
        {
            i++;
        }

        return i;
    }

    /// <summary>The first licence whose operator id does not sort before <paramref name="operatorId"/>.</summary>
    private int LowerBound(string operatorId)
    {
        var (low, high) = (0, _licences.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = _licences[middle].OperatorId.In(_names).SequenceCompareTo(operatorId) < 0 ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
