namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// Picks one creator's answer for one use by one operator: the most specific applicable record wins, and
/// among records equally specific the most restrictive does (refused, then not given, then granted), so
/// conflicting records never widen what is authorised. No applicable record means <see cref="ConsentState.NotGiven"/>.
/// </summary>
internal static class ConsentResolution
{
    /// <summary>
    /// Resolves every (contributor, use) of a split in advance from the records for any operator, writing one
    /// <see cref="ConsentCell"/> each into <paramref name="data"/> from <paramref name="start"/>, and returns the
    /// per-operator records, which are resolved at check time.
    /// </summary>
    public static OperatorConsent[] Compile(
        IReadOnlyList<string> creatorIds, ILookup<(string CreatorId, UseKind Use), ConsentRecord> consents, short[] data, int start)
    {
        var operatorConsents = new List<OperatorConsent>();
        for (var i = 0; i < creatorIds.Count * UseNames.Slots; i++)
        {
            var (state, rank) = (ConsentState.NotGiven, -1);
            var hasOperatorRecords = false;
            foreach (var record in consents[(creatorIds[i / UseNames.Slots], (UseKind)(i % UseNames.Slots))])
            {
                if (record.OperatorId is not null)
                {
                    operatorConsents.Add(new OperatorConsent(start + i, record.OperatorId, ConsentCell.RankOf(record), record.State));
                    hasOperatorRecords = true;
                }
                else if (Wins(ConsentCell.RankOf(record), record.State, rank, state))
                {
                    (state, rank) = (record.State, ConsentCell.RankOf(record));
                }
            }

            data[start + i] = ConsentCell.Encode(state, rank, hasOperatorRecords);
        }

        return operatorConsents.Count == 0 ? [] : [.. operatorConsents];
    }

    public static ConsentState Resolve(in CompiledSplit split, int contributor, UseKind use, string? operatorId, out int rank)
    {
        var index = split.Cell(contributor, use);
        var cell = split.Data[index];
        var state = ConsentCell.State(cell);
        rank = ConsentCell.Rank(cell);
        if (!ConsentCell.HasOperatorRecords(cell))
        {
            return state;
        }

        foreach (ref readonly var record in split.OperatorConsents.AsSpan())
        {
            if (record.Cell == index
                && string.Equals(record.OperatorId, operatorId, StringComparison.Ordinal)
                && Wins(record.Rank, record.State, rank, state))
            {
                (state, rank) = (record.State, record.Rank);
            }
        }

        return state;
    }

    /// <summary>Describes where a record of the given rank applies, e.g. "for all their works and any operator".</summary>
    public static string Scope(int rank, string workId, string operatorId)
    {
        var works = (rank & ConsentCell.WorkSpecific) != 0 ? $"work {workId}" : "all their works";
        var operators = (rank & ConsentCell.OperatorSpecific) != 0 ? $"operator {operatorId}" : "any operator";
        return $"for {works} and {operators}";
    }

    private static bool Wins(int rank, ConsentState state, int bestRank, ConsentState best) =>
        rank > bestRank || (rank == bestRank && Severity(state) > Severity(best));

    private static int Severity(ConsentState state) => state switch
    {
        ConsentState.Refused => 2,
        ConsentState.NotGiven => 1,
        _ => 0,
    };
}
