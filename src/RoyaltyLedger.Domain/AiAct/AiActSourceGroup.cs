using System.Collections.Immutable;

namespace RoyaltyLedger.Domain.AiAct;

/// <summary>The works of one licence status: how many, how many use events, and the same by medium and by use.</summary>
public sealed record AiActSourceGroup(long Works, long Events, ImmutableArray<AiActCount> ByMedium, ImmutableArray<AiActCount> ByUse)
{
    public static readonly AiActSourceGroup Empty = new(0, 0, [], []);
}
