namespace RoyaltyLedger.Application.Journal;

/// <summary>
/// What `royalty ledger rebuild --from-log` found: the digests of the live journal's rating effect and of the log
/// replayed into an empty journal (<see cref="Domain.Ledger.RatingEffectDigest"/>), how much was compared, and the
/// first (work, account, currency) whose nets differ, or null when the two are byte-identical.
/// </summary>
public sealed record LogReplayReport(
    string JournalDigest, string ReplayDigest, int WorksChecked, long UsesReplayed, int JournalEffects, int ReplayEffects, LogReplayDifference? FirstDifference)
{
    public bool Identical => FirstDifference is null && JournalDigest == ReplayDigest;
}

/// <summary>The first (work, account, currency) in canonical order whose net the journal and the replay disagree on, with both nets (0 for none).</summary>
public sealed record LogReplayDifference(string WorkId, string Account, string Currency, Int128 JournalAmountNanos, Int128 ReplayAmountNanos);
