using RoyaltyLedger.Domain;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Application.Claims;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>The claim settlements that bear on a set of rated uses: only uses rated other than licensed are looked up.</summary>
internal static class Settlements
{
    public static async Task<IReadOnlyDictionary<(string OperatorId, string WorkId), long>> ForAsync(
        IClaimStore claims, IReadOnlyList<LoggedUse> uses, IReadOnlyList<string?> works, IReadOnlyList<UseRating?> ratings, CancellationToken cancellationToken)
    {
        var pairs = new HashSet<(string, string)>();
        for (var i = 0; i < uses.Count; i++)
        {
            if (works[i] is { } work && ratings[i] is { } rating && rating.Status != UseStatus.Licensed)
            {
                pairs.Add((uses[i].OperatorId, work));
            }
        }

        return pairs.Count == 0 ? new Dictionary<(string, string), long>() : await claims.SettledThroughAsync(pairs, cancellationToken);
    }

    public static long? For(IReadOnlyDictionary<(string OperatorId, string WorkId), long> settled, LoggedUse use, string workId) =>
        settled.TryGetValue((use.OperatorId, workId), out var through) ? through : null;
}
