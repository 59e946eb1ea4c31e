namespace RoyaltyLedger.Domain.Registry;

/// <summary>
/// One version of an effective-dated registry fact (a consent, a society's tariff, a membership): the value, the
/// instant from which it applies, and the order in which it was recorded, which breaks ties between versions that
/// take effect at the same instant (the one recorded later wins).
/// </summary>
public readonly record struct EffectiveDated<T>(T Value, DateTimeOffset EffectiveFrom, long Sequence);

/// <summary>
/// The rules every effective-dated registry fact follows, so that a use is rated from the registry as it stood at
/// the use's time and the same log always rates the same way (README "Rating as of the use's time").
/// </summary>
public static class EffectiveDating
{
    /// <summary>When a fact that reaches back applies from: the start of time, like a registered work's first split.</summary>
    public static readonly DateTimeOffset Beginning = DateTimeOffset.UnixEpoch;

    /// <summary>
    /// The version in force at <paramref name="at"/>: among those whose effective instant is at or before it, the one
    /// with the latest instant, and of several at that instant the one with the highest sequence. Null when none is.
    /// A version applies at its own instant (inclusive), never before it.
    /// </summary>
    public static EffectiveDated<T>? InForceAt<T>(IEnumerable<EffectiveDated<T>> versions, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(versions);
        EffectiveDated<T>? best = null;
        foreach (var version in versions)
        {
            if (version.EffectiveFrom.UtcTicks > at.UtcTicks)
            {
                continue;
            }

            if (best is not { } b || IsLater(version, b))
            {
                best = version;
            }
        }

        return best;
    }

    /// <summary>Whether <paramref name="a"/> supersedes <paramref name="b"/>: a later instant, or the same instant and a higher sequence.</summary>
    public static bool IsLater<T>(EffectiveDated<T> a, EffectiveDated<T> b) =>
        a.EffectiveFrom.UtcTicks != b.EffectiveFrom.UtcTicks ? a.EffectiveFrom.UtcTicks > b.EffectiveFrom.UtcTicks : a.Sequence > b.Sequence;

    /// <summary>
    /// The effective instants of recorded versions of one fact, in sequence order: the first version reaches back to
    /// <see cref="Beginning"/> when <paramref name="firstReachesBack"/> says so (a fact that did not exist before
    /// cannot have priced a use differently), every later one applies from when it was recorded.
    /// </summary>
    public static List<EffectiveDated<T>> FromRecorded<T>(
        IEnumerable<(T Value, DateTimeOffset RecordedAt, long Sequence)> recorded, Func<T, bool> firstReachesBack)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(firstReachesBack);
        var versions = new List<EffectiveDated<T>>();
        foreach (var (value, recordedAt, sequence) in recorded.OrderBy(r => r.Sequence))
        {
            var from = versions.Count == 0 && firstReachesBack(value) ? Beginning : recordedAt;
            versions.Add(new EffectiveDated<T>(value, from, sequence));
        }

        return versions;
    }
}
