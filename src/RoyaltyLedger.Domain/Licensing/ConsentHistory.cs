using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// Every consent decision on a work's contributors, effective-dated, so that a use is checked against the decisions in
/// force at its time. A decision applies from the instant it was recorded, at and after it; the first decision on a
/// scope (creator, work or all works, use, operator or any operator) reaches back to the beginning when it is a grant,
/// as a registered work's first split does, since nothing was refused before it. A refusal never reaches back: one
/// recorded today leaves yesterday's uses as they were, unless it names an earlier effective instant, which says it
/// reaches back (and then applies from that instant, as does any decision that names one). Of two decisions on one scope taking effect at the same
/// instant, the one recorded later (higher sequence) is in force.
/// The distinct instants at which anything changes divide time into epochs; uses in one epoch see the same decisions,
/// so a caller builds one licence-check snapshot per epoch it meets (<see cref="EpochAt"/>, <see cref="InForce"/>).
/// </summary>
public sealed class ConsentHistory
{
    public static readonly ConsentHistory Empty = new([], []);

    private readonly EffectiveDated<ConsentRecord>[] _versions;
    private readonly long[] _instants;

    private ConsentHistory(EffectiveDated<ConsentRecord>[] versions, long[] instants) => (_versions, _instants) = (versions, instants);

    /// <summary>The number of epochs after the first (before any decision takes effect): one per distinct effective instant.</summary>
    public int Changes => _instants.Length;

    public static ConsentHistory Create(IEnumerable<RecordedConsent> recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var versions = recorded
            .GroupBy(r => (r.Record.CreatorId, r.Record.WorkId, r.Record.Use, r.Record.OperatorId))
            .SelectMany(Versions)
            .OrderBy(v => v.EffectiveFrom.UtcTicks).ThenBy(v => v.Sequence)
            .ToArray();
        var instants = versions.Select(v => v.EffectiveFrom.UtcTicks).Distinct().ToArray();
        return new ConsentHistory(versions, instants);
    }

    /// <summary>A scope's decisions with the instant each applies from: the explicit one when given, else by the rules above.</summary>
    private static IEnumerable<EffectiveDated<ConsentRecord>> Versions(IEnumerable<RecordedConsent> scope) =>
        scope.OrderBy(r => r.Sequence).Select((r, i) => new EffectiveDated<ConsentRecord>(
            r.Record,
            r.EffectiveFrom ?? (i == 0 && r.Record.State == ConsentState.Granted ? EffectiveDating.Beginning : r.RecordedAt),
            r.Sequence));

    /// <summary>The epoch of <paramref name="at"/>: how many distinct effective instants are at or before it (0 before the first).</summary>
    public int EpochAt(DateTimeOffset at)
    {
        var index = Array.BinarySearch(_instants, at.UtcTicks);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>The decisions in force in <paramref name="epoch"/>, one per scope, in the order they were recorded.</summary>
    public IReadOnlyList<ConsentRecord> InForce(int epoch)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(epoch, _instants.Length);
        if (epoch == 0)
        {
            return [];
        }

        // Versions are sorted by instant then sequence, so the last seen per scope is the one in force.
        var through = _instants[epoch - 1];
        var latest = new Dictionary<(string, string?, UseKind, string?), EffectiveDated<ConsentRecord>>();
        foreach (var version in _versions)
        {
            if (version.EffectiveFrom.UtcTicks > through)
            {
                break;
            }

            var r = version.Value;
            latest[(r.CreatorId, r.WorkId, r.Use, r.OperatorId)] = version;
        }

        return [.. latest.Values.OrderBy(v => v.Sequence).Select(v => v.Value)];
    }

    /// <summary>The decisions in force at <paramref name="at"/>.</summary>
    public IReadOnlyList<ConsentRecord> InForceAt(DateTimeOffset at) => InForce(EpochAt(at));
}
