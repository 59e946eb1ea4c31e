using System.Diagnostics;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// Writes the sentences of decisions that are not covered, naming the entities and values that failed. Off the hot
/// path: a refusal is rare and built at once; an unlicensed use's sentence is written when it is first read.
/// </summary>
internal static class Reasons
{
    public static string NoSplitInForce(CompiledWork work, UseOfWork use) =>
        $"work {work.WorkId} has no split in force on {Instants.Format(use.OccurredAt)}; "
            + $"its first split is effective from {Instants.Format(work.Splits.Versions[0].EffectiveFrom)}";

    public static Refused Refusal(CompiledWork work, in CompiledSplit split, int contributor, UseOfWork use)
    {
        var creatorId = split.CreatorIds[contributor];
        ConsentResolution.Resolve(split, contributor, use.Use, use.OperatorId, out var rank);
        var scope = ConsentResolution.Scope(rank, work.WorkId, use.OperatorId);
        return new Refused(creatorId,
            $"creator {creatorId} refused {UseNames.Of(use.Use)} by operator {use.OperatorId} (recorded {scope})");
    }

    public static string MalformedTerritory(UseOfWork use) =>
        $"territory '{EntityIds.Printable(use.TerritoryCode ?? "")}' of the use is not an ISO 3166-1 alpha-2 code";

    public static string NoLicence(CompiledWork work, UseOfWork use) =>
        $"operator {use.OperatorId} has no licence for work {work.WorkId}";

    /// <summary>Why the <paramref name="index"/>th licence of the snapshot, the one that came closest, does not cover the use.</summary>
    public static string Miss(CompiledWork work, UseOfWork use, int splitIndex, int index, LicenceMiss miss)
    {
        var licence = work.LicenceTable[index].Licence;
        ref readonly var split = ref work.Split(splitIndex);
        var id = licence.LicenceId;
        return miss switch
        {
            LicenceMiss.Use => $"licence {id} does not cover {UseNames.Of(use.Use)}",
            LicenceMiss.Model => $"model {use.ModelId} is not covered by licence {id}",
            LicenceMiss.Territory when string.IsNullOrEmpty(use.TerritoryCode) =>
                $"licence {id} covers only some territories and the use reported none",
            LicenceMiss.Territory => $"licence {id} does not cover territory {use.TerritoryCode}",
            LicenceMiss.Term when licence.EndsAt is { } end && use.OccurredAt >= end =>
                $"licence {id} expired on {Instants.Format(end)}; use on {Instants.Format(use.OccurredAt)}",
            LicenceMiss.Term =>
                $"licence {id} starts on {Instants.Format(licence.StartsAt)} and is not retroactive; use on {Instants.Format(use.OccurredAt)}",
            LicenceMiss.Licensor =>
                $"licence {id} is from {licence.Licensor}, who is not a contributor of work {use.WorkId} on {Instants.Format(use.OccurredAt)}",
            LicenceMiss.Consent => NoConsent(licence, split, split.LicensorIndexOf(index), use),
            _ => throw new UnreachableException($"licence {id} missed with {miss}, which has no reason"),
        };
    }

    private static string NoConsent(Licence licence, in CompiledSplit split, short licensorIndex, UseOfWork use)
    {
        // Most works have one or two contributors, so the names are gathered without a list until a second one appears.
        string? single = null;
        List<string>? several = null;
        for (var i = 0; i < split.Contributors; i++)
        {
            if (i == licensorIndex || ConsentResolution.Resolve(split, i, use.Use, use.OperatorId, out _) == ConsentState.Granted)
            {
                continue;
            }

            if (single is null)
            {
                single = split.CreatorIds[i];
            }
            else
            {
                several ??= [single];
                several.Add(split.CreatorIds[i]);
            }
        }

        several?.Sort(StringComparer.Ordinal);
        var creators = several is null ? $"creator {single}" : $"creators {string.Join(", ", several)}";
        return $"no consent from {creators} for {UseNames.Of(use.Use)} by operator {use.OperatorId} under licence {licence.LicenceId}";
    }
}
