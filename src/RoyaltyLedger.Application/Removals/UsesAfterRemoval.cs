namespace RoyaltyLedger.Application.Removals;

/// <summary>
/// Training and fine-tuning uses of a removed work, on the model the request names (or any of the operator's models),
/// that happened after the attested removal. The count comes from <c>usage_totals</c>, one row per month and kind of
/// use, which keeps the first and last time a use in the row happened but not each use's time: a row whose uses all
/// came after the removal counts in full; a row whose first use came before and last use after counts as one, since
/// at least one of its uses did. <see cref="AtLeast"/> says whether any row counted so; otherwise the count is exact.
/// </summary>
public sealed record UsesAfterRemoval(long Events, bool AtLeast)
{
    public static readonly UsesAfterRemoval None = new(0, false);
}
