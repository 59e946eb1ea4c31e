using System.Collections.Concurrent;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Usage;

/// <summary>
/// Which operator owns each model, cached per server: a model never changes owner, so a found model stays valid;
/// an unknown model is asked again after <see cref="UnknownFor"/>, so a model registered meanwhile is soon accepted.
/// </summary>
public sealed class ModelOwners(IGrainFactory grains, TimeProvider clock)
{
    public static readonly TimeSpan UnknownFor = TimeSpan.FromSeconds(2);

    /// <summary>Bounds the cache; beyond it, entries are dropped and looked up again.</summary>
    public const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, (string? Owner, DateTimeOffset Until)> _owners = new(StringComparer.Ordinal);

    /// <summary>The owning operator of each model, or null for an unregistered one.</summary>
    public async Task<Dictionary<string, string?>> OwnersOfAsync(IEnumerable<string> modelIds)
    {
        var now = clock.GetUtcNow();
        var owners = new Dictionary<string, string?>(StringComparer.Ordinal);
        List<string>? missing = null;
        foreach (var id in modelIds)
        {
            if (owners.ContainsKey(id))
            {
                continue;
            }

            if (_owners.TryGetValue(id, out var known) && (known.Owner is not null || known.Until > now))
            {
                owners[id] = known.Owner;
            }
            else
            {
                owners[id] = null;
                (missing ??= []).Add(id);
            }
        }

        if (missing is not null)
        {
            var found = await Task.WhenAll(missing.Select(id => grains.GetGrain<IModelGrain>(id).Describe()));
            if (_owners.Count + missing.Count > MaxEntries)
            {
                _owners.Clear();
            }

            for (var i = 0; i < missing.Count; i++)
            {
                owners[missing[i]] = found[i]?.OperatorId;
                _owners[missing[i]] = (found[i]?.OperatorId, now + UnknownFor);
            }
        }

        return owners;
    }
}
