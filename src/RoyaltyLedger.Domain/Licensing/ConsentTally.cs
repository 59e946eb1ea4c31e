namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// The consents of a split's contributors to one use by one operator, reduced to what licences are checked against:
/// who refused (the lowest creator id, or -1), how many have not granted, and the last of those. Contributors number
/// at most <see cref="Registry.SplitRules.MaxContributors"/>, so each count fits a short.
/// </summary>
internal readonly record struct ConsentTally(short Refusing, short NotGranted, short LastNotGranted)
{
    /// <summary>Tallies the split's consents; a null <paramref name="operatorId"/> counts only records for any operator.</summary>
    public static ConsentTally Of(in CompiledSplit split, UseKind use, string? operatorId)
    {
        var (refusing, notGranted, lastNotGranted) = (-1, 0, -1);
        for (var i = 0; i < split.Contributors; i++)
        {
            var state = ConsentResolution.Resolve(split, i, use, operatorId, out _);
            if (state == ConsentState.Granted)
            {
                continue;
            }

            (notGranted, lastNotGranted) = (notGranted + 1, i);
            if (state == ConsentState.Refused
                && (refusing < 0 || string.CompareOrdinal(split.CreatorIds[i], split.CreatorIds[refusing]) < 0))
            {
                refusing = i;
            }
        }

        return new ConsentTally((short)refusing, (short)notGranted, (short)lastNotGranted);
    }

    /// <summary>Every contributor has granted consent, or the one who has not is the licensor, whose licence is their consent.</summary>
    public bool AuthorisedWith(short licensorIndex) => NotGranted == 0 || (NotGranted == 1 && LastNotGranted == licensorIndex);
}
