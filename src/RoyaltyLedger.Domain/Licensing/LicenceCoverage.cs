using System.Diagnostics;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// The catalogue coverage report, one work and one licence at a time: a licence covers a work only for the creators
/// who consented to it, so for each use the licence lists and each contributor in force, the contributor's consent to
/// that use by the licence's operator is resolved as <see cref="LicenceEvaluator"/> resolves it, and every missing
/// consent is reported. A creator licensor's own licence counts as their consent, unless they refused. A term that
/// excludes the instant, or an instant before the work's first split, is the one gap reported. Other licences in the
/// snapshot play no part. Off the hot path: it allocates a report for every call.
/// </summary>
public static class LicenceCoverage
{
    /// <summary>
    /// Reports whether the licence <paramref name="licenceId"/> of the snapshot covers its work at <paramref name="at"/>,
    /// the instant whose split and consents are judged (a caller reporting on today passes now, or the licence's start
    /// if later, kept before its end).
    /// </summary>
    /// <exception cref="ArgumentException">The licence is not one of the snapshot's.</exception>
    public static WorkCoverage Of(CompiledWork snapshot, string licenceId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(licenceId);
        var licence = Find(snapshot, licenceId);
        var gaps = CoverageReasons.OutsideTerm(snapshot.WorkId, licence, at) is { } term ? [term] : GapsInForce(snapshot, licence, at);
        return new WorkCoverage(snapshot.WorkId, licence.LicenceId, gaps.Count == 0, gaps.AsReadOnly());
    }

    private static Licence Find(CompiledWork snapshot, string licenceId)
    {
        foreach (var licence in snapshot.Licences)
        {
            if (string.Equals(licence.LicenceId, licenceId, StringComparison.Ordinal))
            {
                return licence;
            }
        }

        throw new ArgumentException(
            $"the snapshot of work {snapshot.WorkId} at version {snapshot.Version} holds no licence {EntityIds.Printable(licenceId)}",
            nameof(licenceId));
    }

    /// <summary>The gaps under the split in force at <paramref name="at"/>, the licence's term being known to include it.</summary>
    private static List<CoverageGap> GapsInForce(CompiledWork snapshot, Licence licence, DateTimeOffset at)
    {
        var splitIndex = snapshot.SplitIndexAt(at.UtcTicks);
        if (splitIndex < 0)
        {
            return [CoverageReasons.NoSplitInForce(snapshot, licence, at)];
        }

        ref readonly var split = ref snapshot.Split(splitIndex);
        var gaps = new List<CoverageGap>();
        var licensorIndex = LicensorIndex.Of(licence, split.CreatorIds);
        if (licensorIndex == LicensorIndex.NotAContributor)
        {
            gaps.Add(CoverageReasons.LicensorNotContributor(snapshot.WorkId, licence, at));
        }

        var creatorIds = split.CreatorIds;
        var byCreatorId = Enumerable.Range(0, creatorIds.Length).OrderBy(i => creatorIds[i], StringComparer.Ordinal).ToArray();
        foreach (var use in licence.Uses.Distinct().Order())
        {
            var before = gaps.Count;
            AddConsentGaps(gaps, snapshot.WorkId, licence.OperatorId, split, byCreatorId, licensorIndex, use);

            // The evaluator decides from this tally; the gaps found one creator at a time must tell the same story.
            var tally = ConsentTally.Of(split, use, licence.OperatorId);
            if ((gaps.Count == before) != (tally.Refusing < 0 && tally.AuthorisedWith(licensorIndex)))
            {
                throw new UnreachableException(
                    $"licence {licence.LicenceId} on work {snapshot.WorkId}: {gaps.Count - before} gaps for {UseNames.Of(use)} disagree with the tally {tally}");
            }
        }

        return gaps;
    }

    private static void AddConsentGaps(
        List<CoverageGap> gaps, string workId, string operatorId, in CompiledSplit split, int[] byCreatorId, short licensorIndex, UseKind use)
    {
        foreach (var i in byCreatorId)
        {
            var state = ConsentResolution.Resolve(split, i, use, operatorId, out var rank);

            // A licensor's licence stands in for their grant, but not for a refusal they recorded.
            if (state == ConsentState.Granted || (state == ConsentState.NotGiven && i == licensorIndex))
            {
                continue;
            }

            gaps.Add(CoverageReasons.Consent(split.CreatorIds[i], workId, operatorId, use, state, rank));
        }
    }
}
