using System.Diagnostics;

namespace RoyaltyLedger.Domain.Licensing;

/// <summary>Builds the gaps of a <see cref="WorkCoverage"/>, each with a sentence naming the licence, work, operator and creator concerned.</summary>
internal static class CoverageReasons
{
    /// <summary>The gap when the licence's term excludes <paramref name="at"/>, or null when it includes it, as the evaluator's term check reads it.</summary>
    public static CoverageGap? OutsideTerm(string workId, Licence licence, DateTimeOffset at)
    {
        var (id, op) = (licence.LicenceId, licence.OperatorId);
        if (licence.EndsAt is { } end && at >= end)
        {
            return new CoverageGap(null, null, CoverageGapKind.TermEnded,
                $"licence {id} expired on {Instants.Format(end)}, so it covers no use of work {workId} by operator {op} on {Instants.Format(at)}");
        }

        if (at < licence.StartsAt && !licence.Retroactive)
        {
            return new CoverageGap(null, null, CoverageGapKind.NotStarted,
                $"licence {id} starts on {Instants.Format(licence.StartsAt)} and is not retroactive, "
                + $"so it covers no use of work {workId} by operator {op} on {Instants.Format(at)}");
        }

        return null;
    }

    public static CoverageGap NoSplitInForce(CompiledWork snapshot, Licence licence, DateTimeOffset at) =>
        new(null, null, CoverageGapKind.NoSplitInForce,
            $"work {snapshot.WorkId} has no split in force on {Instants.Format(at)}, so licence {licence.LicenceId} covers no use of it "
            + $"by operator {licence.OperatorId}; its first split is effective from {Instants.Format(snapshot.Splits.Versions[0].EffectiveFrom)}");

    public static CoverageGap LicensorNotContributor(string workId, Licence licence, DateTimeOffset at) =>
        new(null, licence.Licensor.Id, CoverageGapKind.LicensorNotContributor,
            $"licence {licence.LicenceId} is from {licence.Licensor}, who is not a contributor of work {workId} on {Instants.Format(at)}, "
            + $"so it covers no use of the work by operator {licence.OperatorId}");

    /// <summary>A contributor's missing consent; <paramref name="rank"/> is the winning record's, or -1 when no record applies.</summary>
    public static CoverageGap Consent(string creatorId, string workId, string operatorId, UseKind use, ConsentState state, int rank)
    {
        var what = $"{UseNames.Of(use)} by operator {operatorId} for work {workId}";
        return state switch
        {
            ConsentState.Refused => new CoverageGap(use, creatorId, CoverageGapKind.Refused,
                $"creator {creatorId} refused {what} (recorded {ConsentResolution.Scope(rank, workId, operatorId)})"),
            ConsentState.NotGiven when rank < 0 => new CoverageGap(use, creatorId, CoverageGapKind.NotGiven,
                $"creator {creatorId} has not given consent to {what}"),
            ConsentState.NotGiven => new CoverageGap(use, creatorId, CoverageGapKind.NotGiven,
                $"creator {creatorId} has not given consent to {what} (recorded as not given {ConsentResolution.Scope(rank, workId, operatorId)})"),
            _ => throw new UnreachableException($"creator {creatorId} has consent {state} to {what}, which is no gap"),
        };
    }
}
