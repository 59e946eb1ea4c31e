using RoyaltyLedger.Domain.Identifiers;

namespace RoyaltyLedger.Cli.Import.Dsr;

/// <summary>
/// The resources and musical works of the Block being read. A Block's records come together (Part 1, 6.4), so only
/// the current Block is kept: memory stays bounded by the largest Block, at most <see cref="MaxResources"/> resources.
/// </summary>
internal sealed class DsrBlock
{
    public const int MaxResources = 100_000;

    private readonly Dictionary<string, Resource> _byReference = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Resource> _byDspId = new(StringComparer.Ordinal);
    private readonly List<string> _iswcs = [];

    /// <summary>A sound recording: its normalized ISRC, or null when the record gave none that is valid.</summary>
    public sealed record Resource(string? Isrc, int Line);

    public string Id { get; private set; } = "";

    /// <summary>Starts a new Block when <paramref name="blockId"/> differs from the current one.</summary>
    public void Enter(string blockId)
    {
        if (string.Equals(blockId, Id, StringComparison.Ordinal))
        {
            return;
        }

        Id = blockId;
        _byReference.Clear();
        _byDspId.Clear();
        _iswcs.Clear();
    }

    /// <summary>Adds a resource; returns why it cannot be, or null.</summary>
    public string? Add(string reference, string dspId, Resource resource)
    {
        if (_byReference.Count >= MaxResources)
        {
            return $"block '{Id}' has more than {MaxResources:N0} resources, the most one block may have";
        }

        if (!_byReference.TryAdd(reference, resource))
        {
            return $"ResourceReference '{reference}' is already used in block '{Id}' (line {_byReference[reference].Line})";
        }

        if (dspId.Length > 0)
        {
            _byDspId.TryAdd(dspId, resource);
        }

        return null;
    }

    public void AddWork(string iswc)
    {
        if (_iswcs.Count < MaxResources && !_iswcs.Contains(iswc, StringComparer.Ordinal))
        {
            _iswcs.Add(iswc);
        }
    }

    public Resource? ByReference(string reference) => _byReference.GetValueOrDefault(reference);

    public Resource? ByDspId(string dspId) => _byDspId.GetValueOrDefault(dspId);

    /// <summary>The Block's one ISWC, or null when it names none or several (a usage then cannot tell which work it was).</summary>
    public string? SoleIswc => _iswcs.Count == 1 ? _iswcs[0] : null;

    public int WorkCount => _iswcs.Count;

    /// <summary>The first valid ISRC of a "multiple strings" cell (values separated by '|'), normalized; null when none is valid.</summary>
    public static string? FirstIsrc(string cell)
    {
        foreach (var value in cell.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Isrc.TryNormalize(value, out var isrc))
            {
                return isrc;
            }
        }

        return null;
    }
}
