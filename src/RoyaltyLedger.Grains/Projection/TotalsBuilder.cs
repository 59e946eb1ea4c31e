using RoyaltyLedger.Storage;
using RoyaltyLedger.Storage.Projection;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Sums a round's changes to <c>usage_totals</c> in memory, one delta per row key, so the transaction writes each
/// row once. A priced use adds to the work's row (party '') per currency, the event and its units counted on the
/// first currency's row only, and to each creator's row, where the event and its units count in full and the amount
/// is the creator's part.
/// </summary>
internal sealed class TotalsBuilder
{
    private readonly Dictionary<TotalsKey, (long EventCount, long Units, long AmountNanos)> _deltas = [];

    public void AddPriced(LoggedUse use, string workId, PricedUse priced)
    {
        ArgumentNullException.ThrowIfNull(use);
        ArgumentNullException.ThrowIfNull(priced);
        var period = use.Period;
        var first = true;
        foreach (var (currency, amount) in priced.Totals())
        {
            Add(Key("", workId, use, priced.Status, currency, period), first ? use.Units : 0, amount, first ? +1 : 0);
            first = false;
        }

        foreach (var part in priced.Parts)
        {
            Add(Key(part.PartyId, workId, use, priced.Status, part.Currency, period), use.Units, part.AmountNanos, +1);
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

    private static TotalsKey Key(string partyId, string workId, LoggedUse use, string status, string currency, string period) =>
        new(partyId, workId, use.OperatorId, use.ModelId, (int)use.Use, status, use.UnitKind, currency, period);

    /// <summary>Adds <paramref name="events"/> (+1, -1 or 0), units and amount to a row; units and amount follow the sign of a removal.</summary>
    private void Add(TotalsKey key, long units, long amountNanos, int events)
    {
        var sign = events < 0 ? -1 : 1;
        var (count, sum, amount) = _deltas.GetValueOrDefault(key);
        _deltas[key] = (count + events, checked(sum + (sign * units)), checked(amount + (sign * amountNanos)));
    }
}
