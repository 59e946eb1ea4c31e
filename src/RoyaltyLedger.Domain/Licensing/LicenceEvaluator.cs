namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// Decides whether one use of one work is licensed, from a <see cref="CompiledWork"/> alone. In order:
/// <list type="number">
/// <item>The split in force at the use's time gives the contributors; a use before the first split is unlicensed.</item>
/// <item>Each contributor's consent to this use by this operator is resolved; an explicit refusal by any of them
/// is the answer, whatever licences exist (the lowest creator id is named when several refused).</item>
/// <item>The operator's licences are tried in ascending ordinal order of licence id and the first that covers the
/// use wins, so the answer never depends on the order licences were given in. A licence covers the use when it lists
/// the use, the model (or all models), the territory (or is worldwide; a use whose territory is unknown, given as empty, needs a worldwide licence), its term includes the time (or the licence
/// is retroactive and the use precedes its end), a creator licensor is a contributor then, and every contributor
/// has granted consent or is the licensor.</item>
/// <item>Otherwise the use is unlicensed, for the reason of the licence that came closest (see <see cref="LicenceMiss"/>).</item>
/// </list>
/// An unlicensed use allocates one small object, whose reason is written only when read (see <see cref="Unlicensed"/>).
/// A covered use allocates nothing: the decision returned is built once per licence when the snapshot is, and
/// consents are resolved in advance for records that apply to any operator (see <see cref="ConsentCell"/>).
/// </summary>
public static class LicenceEvaluator
{
    /// <summary>How many uses the batch check reads ahead: enough to overlap their cache misses, few enough to stay in the load queue.</summary>
    public const int BatchReadAhead = 16;

    // Written once per block, so that the reads of Touch cannot be dropped as unused.
    private static int s_touched;

    /// <summary>
    /// Checks each use against the snapshot at the same index, writing the decisions in order: the very answers of
    /// <see cref="Evaluate(CompiledWork, UseOfWork)"/> one by one. When the snapshots are many and not in the CPU's
    /// caches, this is faster: it first reads a little of each snapshot of the next <see cref="BatchReadAhead"/> uses,
    /// loads that do not depend on each other, so the processor waits for their memory once rather than once each.
    /// </summary>
    public static void Evaluate(ReadOnlySpan<CompiledWork> works, ReadOnlySpan<UseOfWork> uses, Span<LicenceDecision> decisions)
    {
        if (works.Length != uses.Length || decisions.Length < uses.Length)
        {
            throw new ArgumentException(
                $"{uses.Length} uses need as many snapshots (got {works.Length}) and room for as many decisions (got {decisions.Length})");
        }

        for (var start = 0; start < uses.Length; start += BatchReadAhead)
        {
            var end = Math.Min(start + BatchReadAhead, uses.Length);
            var touched = 0;
            for (var i = start; i < end; i++)
            {
                touched ^= works[i].Touch() ^ uses[i].OperatorId.Length ^ uses[i].ModelId.Length;
            }

            s_touched = touched;
            for (var i = start; i < end; i++)
            {
                decisions[i] = Evaluate(works[i], uses[i]);
            }
        }
    }

    public static LicenceDecision Evaluate(CompiledWork work, UseOfWork use)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(use);
        if (!string.Equals(use.WorkId, work.WorkId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"a use of work {use.WorkId} cannot be checked against the snapshot of work {work.WorkId}", nameof(use));
        }

        if (!UseNames.IsLicensable(use.Use))
        {
            return new Unlicensed($"use {(int)use.Use} ({use.Use}) of work {work.WorkId} is not one of {UseNames.Expected}");
        }

        var splitIndex = work.SplitIndexAt(use.OccurredAt.UtcTicks);
        if (splitIndex < 0)
        {
            return Unlicensed.NoSplitInForce(work, use);
        }

        ref readonly var split = ref work.Split(splitIndex);
        var consents = split.ConsentsTo(use);
        if (consents.Refusing >= 0)
        {
            return Reasons.Refusal(work, split, consents.Refusing, use);
        }

        // An unknown territory (empty) packs to 0, which no licence lists: only a worldwide licence covers it.
        var territory = (ushort)0;
        if (!string.IsNullOrEmpty(use.TerritoryCode) && !Territory.TryPack(use.TerritoryCode, out territory))
        {
            return Unlicensed.MalformedTerritory(work, use);
        }

        ref readonly var licences = ref work.LicenceTable;
        var (start, end) = licences.Of(use.OperatorId);
        var (closest, closestMiss) = (-1, LicenceMiss.None);
        for (var i = start; i < end; i++)
        {
            var miss = licences[i].Check(use, territory, split, i, consents, licences);
            if (miss == LicenceMiss.None)
            {
                return licences[i].Covered;
            }

            if (miss > closestMiss)
            {
                (closest, closestMiss) = (i, miss);
            }
        }

        return closest < 0
            ? Unlicensed.NoLicence(work, use)
            : Unlicensed.Miss(work, use, splitIndex, closest, closestMiss);
    }
}
