namespace RoyaltyLedger.Domain.AiAct;

/// <summary>A running count under one key: works (each added once per key), events, and units by unit kind.</summary>
internal sealed class AiActTally(string key)
{
    private readonly SortedDictionary<string, long> _units = new(StringComparer.Ordinal);

    public long Works { get; private set; }

    public long Events { get; private set; }

    /// <summary>Adds one work's uses under this key: the work counts once.</summary>
    public void AddWork(IEnumerable<AiActUse> uses)
    {
        Works++;
        foreach (var use in uses)
        {
            Events = checked(Events + use.EventCount);
            _units[use.UnitKind] = checked(_units.GetValueOrDefault(use.UnitKind) + use.Units);
        }
    }

    public AiActCount ToCount() => new(key, Works, Events, [.. _units.Select(u => new AiActUnits(u.Key, u.Value))]);
}
