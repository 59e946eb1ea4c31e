using System.Collections.Immutable;
using RoyaltyLedger.Domain.Payouts;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Payouts;

/// <summary>The registered identifiers of paid parties that are creators, so that a society can match its own records.</summary>
internal static class PayeeIdentifiers
{
    public static async Task<ImmutableArray<IdentifierRecord>?> OfAsync(IGrainFactory grains, string partyId) =>
        await grains.GetGrain<ICreatorGrain>(partyId).Describe() is { } creator ? creator.Identifiers : null;

    /// <summary>Each line's party asked in turn; a party that is no registered creator is left out.</summary>
    public static async Task<PayoutCycleView> DescribeAsync(IGrainFactory grains, StoredCycle cycle)
    {
        var identifiers = new Dictionary<string, ImmutableArray<IdentifierRecord>>(StringComparer.Ordinal);
        foreach (var line in cycle.Lines)
        {
            if (await OfAsync(grains, line.PartyId) is { } found)
            {
                identifiers[line.PartyId] = found;
            }
        }

        return new PayoutCycleView(cycle, identifiers);
    }
}
