namespace RoyaltyLedger.Server.Security;

/// <summary>
/// A cache keyed by caller input, so bounded twice: an entry lives at most <c>lifetime</c> from when it was set (by
/// the injected clock), and at most <c>maxEntries</c> are held; setting one more drops the least recently used.
/// Thread-safe (one lock: every operation is a dictionary look-up and a few pointer moves).
/// </summary>
internal sealed class BoundedCache<TValue>
{
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _lock = new();
    private readonly int _maxEntries;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _clock;

    public BoundedCache(int maxEntries, TimeSpan lifetime, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEntries, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(clock);
        (_maxEntries, _lifetime, _clock) = (maxEntries, lifetime, clock);
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(string key, out TValue value)
    {
        var now = _clock.GetUtcNow();
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                if (node.Value.Until > now)
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                    value = node.Value.Value;
                    return true;
                }

                Remove(node);
            }
        }

        value = default!;
        return false;
    }

    public void Set(string key, TValue value)
    {
        var entry = new Entry(key, value, _clock.GetUtcNow() + _lifetime);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                Remove(existing);
            }

            if (_entries.Count >= _maxEntries)
            {
                Remove(_recency.Last!);
            }

            _entries[key] = _recency.AddFirst(entry);
        }
    }

    public void Remove(string key)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                Remove(node);
            }
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _recency.Remove(node);
        _entries.Remove(node.Value.Key);
    }

    private sealed record Entry(string Key, TValue Value, DateTimeOffset Until);
}
