using RoyaltyLedger.Domain.Licensing;

namespace RoyaltyLedger.Grains.Registry;

/// <summary>
/// A work's licence-check snapshots, one per consent epoch (<see cref="ConsentHistory.EpochAt"/>), each built the
/// first time a use of that epoch is checked: a use is checked against the consents in force at its time, while the
/// splits and licences, which carry their own dates, are the same in every snapshot. Most uses are recent and meet
/// the last epoch; at most <see cref="MaxCachedEpochs"/> snapshots are kept, beyond which the cache starts again.
/// </summary>
internal sealed class DatedCheckSnapshots(
    string workId, long version, IReadOnlyList<string> rightsholderIds, SplitHistory splits, ConsentHistory consents, IReadOnlyList<Licence> licences)
{
    public const int MaxCachedEpochs = 64;

    private readonly Dictionary<int, CompiledWork> _byEpoch = [];

    public ConsentHistory Consents => consents;

    /// <summary>The snapshot for uses at <paramref name="at"/>.</summary>
    public CompiledWork At(DateTimeOffset at)
    {
        var epoch = consents.EpochAt(at);
        if (_byEpoch.TryGetValue(epoch, out var snapshot))
        {
            return snapshot;
        }

        if (_byEpoch.Count >= MaxCachedEpochs)
        {
            _byEpoch.Clear();
        }

        snapshot = CompiledWork.Create(workId, version, rightsholderIds, splits, consents.InForce(epoch), licences);
        _byEpoch.Add(epoch, snapshot);
        return snapshot;
    }
}
