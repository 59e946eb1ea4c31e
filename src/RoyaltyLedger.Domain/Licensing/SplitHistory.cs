using RoyaltyLedger.Domain.Registry;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// A work's splits over time. Versions are in strictly increasing order of effective date, each valid by
/// <see cref="SplitRules"/>; the version in force at an instant is the last one effective at or before it.
/// A change is a new version appended from now on, so the split that applied to a past use never changes.
/// </summary>
public sealed class SplitHistory
{
    public const int MaxVersions = 1_000;

    private readonly SplitVersion[] _versions;

    private SplitHistory(string workId, SplitVersion[] versions)
    {
        WorkId = workId;
        _versions = versions;
    }

    public string WorkId { get; }

    public IReadOnlyList<SplitVersion> Versions => _versions;

    public static IReadOnlyList<FieldViolation> Validate(string workId, IReadOnlyList<SplitVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        if (versions.Count is 0 || versions.Count > MaxVersions)
        {
            return [new FieldViolation("splits", $"work {workId} has {versions.Count:N0} split versions, expected 1 to {MaxVersions:N0}")];
        }

        var violations = new List<FieldViolation>();
        for (var i = 0; i < versions.Count; i++)
        {
            AddVersionViolations(violations, workId, $"splits[{i}]", versions[i]);
            if (i > 0 && versions[i].EffectiveFrom <= versions[i - 1].EffectiveFrom)
            {
                violations.Add(new FieldViolation($"splits[{i}].effective_from",
                    $"work {workId} split effective from {Instants.Format(versions[i].EffectiveFrom)} is not after the previous "
                    + $"split's {Instants.Format(versions[i - 1].EffectiveFrom)}; versions must increase strictly in effective date"));
            }
        }

        return violations;
    }

    /// <summary>Builds a history from valid versions, copying them so later changes to the caller's lists cannot reach it.</summary>
    public static SplitHistory Create(string workId, IReadOnlyList<SplitVersion> versions)
    {
        ThrowIfAny(Validate(workId, versions), nameof(versions));
        return new SplitHistory(workId, [.. versions.Select(v => v with { Contributors = [.. v.Contributors] })]);
    }

    /// <summary>The version in force at <paramref name="at"/>, or null when the use precedes the first version.</summary>
    public SplitVersion? InForceAt(DateTimeOffset at)
    {
        var index = IndexInForceAt(at);
        return index < 0 ? null : _versions[index];
    }

    /// <summary>A change applies from <paramref name="now"/> on: it must be effective after the last version and not before now.</summary>
    public IReadOnlyList<FieldViolation> ValidateAppend(SplitVersion next, DateTimeOffset now, bool correction = false)
    {
        ArgumentNullException.ThrowIfNull(next);
        var violations = new List<FieldViolation>();
        var field = $"splits[{_versions.Length}]";
        if (_versions.Length >= MaxVersions)
        {
            violations.Add(new FieldViolation("splits", $"work {WorkId} already has {MaxVersions:N0} split versions, the most allowed"));
        }

        AddVersionViolations(violations, WorkId, field, next);
        var last = _versions[^1].EffectiveFrom;
        if (next.EffectiveFrom <= last)
        {
            violations.Add(new FieldViolation($"{field}.effective_from",
                $"work {WorkId} split effective from {Instants.Format(next.EffectiveFrom)} is not after the current split's {Instants.Format(last)}"));
        }
        else if (next.EffectiveFrom < now && !correction)
        {
            violations.Add(new FieldViolation($"{field}.effective_from",
                $"work {WorkId} split effective from {Instants.Format(next.EffectiveFrom)} is before now ({Instants.Format(now)}); "
                + "a change applies from now on; a correction of past uses must be marked as one"));
        }

        return violations;
    }

    public SplitHistory Append(SplitVersion next, DateTimeOffset now)
    {
        ThrowIfAny(ValidateAppend(next, now), nameof(next));
        return new SplitHistory(WorkId, [.. _versions, next with { Contributors = [.. next.Contributors] }]);
    }

    /// <summary>Scans from the newest version, since most uses fall under the current split and histories are short.</summary>
    private int IndexInForceAt(DateTimeOffset at)
    {
        var ticks = at.UtcTicks;
        var i = _versions.Length - 1;
        while (i >= 0 && _versions[i].EffectiveFrom.UtcTicks > ticks)
        {
            i--;
        }

        return i;
    }

    private static void AddVersionViolations(List<FieldViolation> violations, string workId, string field, SplitVersion version)
    {
        if (version.Contributors is null)
        {
            violations.Add(new FieldViolation(field, $"work {workId} {field} is missing its contributors"));
            return;
        }

        var effective = Instants.Format(version.EffectiveFrom);
        foreach (var violation in SplitRules.Validate(workId, version.Contributors))
        {
            violations.Add(new FieldViolation($"{field}.{violation.Field}", $"{violation.Description} (split effective from {effective})"));
        }
    }

    private static void ThrowIfAny(IReadOnlyList<FieldViolation> violations, string paramName)
    {
        if (violations.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", violations.Select(v => v.Description)), paramName);
        }
    }
}
