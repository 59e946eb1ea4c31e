using RoyaltyLedger.Domain;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Sums a round's changes to <c>usage_totals</c> in memory, one delta per row key, so the transaction writes each
/// row once. A priced use adds to the work's row (party '') per currency, the event and its units counted on the
/// first currency's row only, and to each creator's row, where the event and its units count in full and the amount
/// is the creator's part.
/// </summary>
internal sealed class TotalsBuilder
{
    private readonly Dictionary<TotalsKey, Delta> _deltas = [];

    // Uses of a round fall in a few months: each month's name is written once, not once per use.
    private readonly Dictionary<long, string> _periods = [];

    public void AddPriced(LoggedUse use, string workId, PricedUse priced)
    {
        ArgumentNullException.ThrowIfNull(use);
        ArgumentNullException.ThrowIfNull(priced);
        var at = use.OccurredAt.ToUnixTimeMilliseconds();
        var period = PeriodOf(use.OccurredAt);
        if (priced.SingleCurrencyTotal() is var (single, sum))
        {
            Add(Key("", workId, use, priced.Status, single, period), use.Units, sum, +1, at);
        }
        else
        {
            var first = true;
            foreach (var (currency, amount) in priced.Totals())
            {
                Add(Key("", workId, use, priced.Status, currency, period), first ? use.Units : 0, amount, first ? +1 : 0, at);
                first = false;
            }
        }

        foreach (var part in priced.Parts)
        {
            Add(Key(part.PartyId, workId, use, priced.Status, part.Currency, period), use.Units, part.AmountNanos, +1, at);
        }
    }

    /// <summary>Adds (<paramref name="sign"/> +1) an event to suspense's totals, or takes it out again (-1) when it is matched.</summary>
    public void AddUnidentified(UnidentifiedUse use, int sign)
    {
        ArgumentNullException.ThrowIfNull(use);
        var key = new TotalsKey("", WorkRefs.SuspenseWorkKey(use.WorkId, use.RefScheme, use.RefValue), use.OperatorId, use.ModelId,
            use.UseKind, UseStatusNames.Of(UseStatus.Unidentified), use.UnitKind, "", UsePeriods.Of(use.OccurredAtUnixMs));
        Add(key, use.Units, 0, sign, use.OccurredAtUnixMs);
    }

    public IReadOnlyList<TotalsDelta> ToDeltas() =>
        [.. _deltas.Where(d => d.Value.EventCount != 0 || d.Value.Units != 0 || d.Value.AmountNanos != 0)
            .Select(d => new TotalsDelta(d.Key, d.Value.EventCount, d.Value.Units, d.Value.AmountNanos, d.Value.FirstAtUnixMs, d.Value.LastAtUnixMs))];

    /// <summary>The month of use (UTC "yyyy-MM") of an instant, each month's name written once per round.</summary>
    public string PeriodOf(DateTimeOffset occurredAt)
    {
        var utc = occurredAt.UtcDateTime;
        var month = (utc.Year * 12L) + utc.Month;
        if (!_periods.TryGetValue(month, out var period))
        {
            period = UsePeriods.Of(occurredAt.ToUnixTimeMilliseconds());
            _periods.Add(month, period);
        }

        return period;
    }

    private static TotalsKey Key(string partyId, string workId, LoggedUse use, UseStatus status, string currency, string period) =>
        new(partyId, workId, use.OperatorId, use.ModelId, (int)use.Use, UseStatusNames.Of(status), use.UnitKind, currency, period);

    /// <summary>
    /// Adds <paramref name="events"/> (+1, -1 or 0), units and amount to a row; units and amount follow the sign of a
    /// removal, and only an addition widens the row's first and last use times.
    /// </summary>
    private void Add(TotalsKey key, long units, Int128 amountNanos, int events, long atUnixMs)
    {
        var sign = events < 0 ? -1 : 1;
        var d = _deltas.GetValueOrDefault(key, Delta.Empty);
        // Int128 sums, bounded like every stored amount: a round of maximal uses passes 64 bits (bug 1 of issue 11).
        _deltas[key] = new Delta(d.EventCount + events,
            LedgerAmounts.Add(d.Units, sign * (Int128)units, $"units of {key.WorkId}/{key.PartyId} in {key.Period}"),
            LedgerAmounts.Add(d.AmountNanos, sign * amountNanos, $"the total of {key.WorkId}/{key.PartyId} in {key.Currency} {key.Period}"),
            events < 0 ? d.FirstAtUnixMs : Math.Min(d.FirstAtUnixMs, atUnixMs), events < 0 ? d.LastAtUnixMs : Math.Max(d.LastAtUnixMs, atUnixMs));
    }

    private readonly record struct Delta(long EventCount, Int128 Units, Int128 AmountNanos, long FirstAtUnixMs, long LastAtUnixMs)
    {
        public static readonly Delta Empty = new(0, 0, 0, long.MaxValue, long.MinValue);
    }
}
