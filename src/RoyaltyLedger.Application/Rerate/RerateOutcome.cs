using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Application.Rerate;

/// <summary>
/// What a re-rating commit did: <see cref="Adjustment"/> holds the lines it posted (empty when the journal already
/// agreed), <see cref="EntryNo"/> the adjustment entry's number, or null when nothing needed posting.
/// </summary>
public sealed record RerateOutcome(bool Committed, IReadOnlyList<PostingLine> Adjustment, long? EntryNo)
{
    public static readonly RerateOutcome Conflicted = new(false, [], null);
}
