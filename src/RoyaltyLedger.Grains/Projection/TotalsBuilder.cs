using RoyaltyLedger.Storage;
using RoyaltyLedger.Storage.Projection;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Sums a round's changes to <c>usage_totals</c> in memory, one delta per row key, so the transaction writes each
/// row once. A priced use adds to the work's row (party '') and to each creator's row, where the event and its
/// units count in full and the amount is the creator's part.
/// </summary>
internal sealed class TotalsBuilder
{
    private readonly Dictionary<TotalsKey, (long EventCount, long Units, long AmountNanos)> _deltas = [];

    public void AddPriced(LoggedUse use, string workId, PricedUse priced)
    {
        ArgumentNullException.ThrowIfNull(use);
        ArgumentNullException.ThrowIfNull(priced);
        var period = use.Period;
        Add(Key("", workId, use, priced, period), use.Units, priced.AmountNanos, +1);
        foreach (var credit in priced.Credits)
        {
            Add(Key(credit.CreatorId, workId, use, priced, period), use.Units, credit.AmountNanos, +1);
        }
    }

    /// <summary>Adds (<paramref name="sign"/> +1) an event to suspense's totals, or takes it out again (-1) when it is matched.</summary>
    public void AddUnidentified(UnidentifiedUse use, int sign)
    {
        ArgumentNullException.ThrowIfNull(use);
        var key = new TotalsKey("", WorkRefs.SuspenseWorkKey(use.WorkId, use.RefScheme, use.RefValue), use.OperatorId, use.ModelId,
            use.UseKind, EventStatus.Unidentified, use.UnitKind, "", UsePeriods.Of(use.OccurredAtUnixMs));
        Add(key, use.Units, 0, sign);
    }

    public IReadOnlyList<TotalsDelta> ToDeltas() =>
        [.. _deltas.Where(d => d.Value != default).Select(d => new TotalsDelta(d.Key, d.Value.EventCount, d.Value.Units, d.Value.AmountNanos))];

    private static TotalsKey Key(string partyId, string workId, LoggedUse use, PricedUse priced, string period) =>
        new(partyId, workId, use.OperatorId, use.ModelId, (int)use.Use, priced.Status, use.UnitKind, priced.Currency, period);

    private void Add(TotalsKey key, long units, long amountNanos, int sign)
    {
        var (count, sum, amount) = _deltas.GetValueOrDefault(key);
        _deltas[key] = (count + sign, checked(sum + (sign * units)), checked(amount + (sign * amountNanos)));
    }
}
