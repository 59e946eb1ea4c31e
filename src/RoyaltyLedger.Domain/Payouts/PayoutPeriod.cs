using System.Globalization;
using RoyaltyLedger.Domain.Statements;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Payouts;

/// <summary>
/// The months of use a payout cycle pays (docs/payouts.md): an inclusive range of UTC calendar months "yyyy-MM", one
/// month ("2026-11") or several ("2026-10..2026-12", a quarter), at most <see cref="MaxMonths"/>. Months in that form
/// sort ordinally in time order, so the range compares strings.
/// </summary>
public sealed record PayoutPeriod(string First, string Last)
{
    /// <summary>The most months one cycle may cover: a year. A longer range is almost surely a typing error.</summary>
    public const int MaxMonths = 12;

    /// <summary>What separates the first and last month of a range.</summary>
    public const string RangeSeparator = "..";

    /// <summary>How a period is written back: "2026-11", or "2026-10..2026-12".</summary>
    public override string ToString() => First == Last ? First : First + RangeSeparator + Last;

    public bool Contains(string month) =>
        string.CompareOrdinal(month, First) >= 0 && string.CompareOrdinal(month, Last) <= 0;

    /// <summary>
    /// The first instant after the period: midnight UTC starting the month after <see cref="Last"/> (for 9999-12, which
    /// has no next month, the last instant DateTimeOffset holds).
    /// </summary>
    public DateTimeOffset End => Last == "9999-12" ? DateTimeOffset.MaxValue : Start(Last).AddMonths(1);

    /// <summary>The last whole second of the period (…-30T23:59:59Z), what a cycle records as its period end.</summary>
    public DateTimeOffset LastSecond => End.AddSeconds(-1);

    /// <summary>The months of the range, first to last.</summary>
    public IEnumerable<string> Months()
    {
        for (var index = MonthIndex(First); index <= MonthIndex(Last); index++)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{(index - 1) / 12:0000}-{((index - 1) % 12) + 1:00}");
        }
    }

    /// <summary>How many months the range covers.</summary>
    public int MonthCount => MonthIndex(Last) - MonthIndex(First) + 1;

    /// <summary>
    /// Parses "yyyy-MM" or "yyyy-MM..yyyy-MM". Returns the period, or a sentence naming the field and the value: not a
    /// month, a reversed range, or a range longer than <see cref="MaxMonths"/>.
    /// </summary>
    public static (PayoutPeriod? Period, FieldViolation? Violation) Parse(string field, string? text)
    {
        ArgumentNullException.ThrowIfNull(field);
        text ??= "";
        var parts = text.Split(RangeSeparator);
        var (first, last) = parts.Length switch { 1 => (parts[0], parts[0]), 2 => (parts[0], parts[1]), _ => ("", "") };
        if (!PeriodRange.IsMonth(first) || !PeriodRange.IsMonth(last))
        {
            return (null, new FieldViolation(field,
                $"{field} '{EntityIds.Printable(text)}' is not a month yyyy-MM (e.g. 2026-11) or a range of months yyyy-MM..yyyy-MM (e.g. 2026-10..2026-12)"));
        }

        if (string.CompareOrdinal(first, last) > 0)
        {
            return (null, new FieldViolation(field, $"{field} '{text}' runs backwards: its first month {first} is after its last month {last}"));
        }

        var period = new PayoutPeriod(first, last);
        return period.MonthCount > MaxMonths
            ? (null, new FieldViolation(field, string.Create(CultureInfo.InvariantCulture,
                $"{field} '{text}' covers {period.MonthCount} months, more than the {MaxMonths} a cycle may pay")))
            : (period, null);
    }

    /// <summary>
    /// The one month a period end names, as cycles took it before periods were months: the last second or millisecond of
    /// a month (…-30T23:59:59Z, …-30T23:59:59.999Z) or the next month's first instant (…-01T00:00:00Z). Any other instant
    /// is refused with a sentence that says periods are whole months and gives the right form.
    /// </summary>
    public static (PayoutPeriod? Period, FieldViolation? Violation) FromPeriodEnd(string field, DateTimeOffset periodEnd)
    {
        var utc = periodEnd.ToUniversalTime();
        var monthStart = new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var month = utc == monthStart ? monthStart.AddMonths(-1) : monthStart;
        var end = month.AddMonths(1);
        if (utc == end || utc == end.AddSeconds(-1) || utc == end.AddMilliseconds(-1))
        {
            var name = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            return (new PayoutPeriod(name, name), null);
        }

        var suggested = monthStart.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return (null, new FieldViolation(field,
            $"{field} {utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture)} is not the end of a month: a cycle pays whole months of use; " +
            $"give the period as --period {suggested} (or a range such as --period {suggested}..{suggested}), or a period end such as " +
            $"{monthStart.AddMonths(1).AddSeconds(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}"));
    }

    private static DateTimeOffset Start(string month) =>
        DateTimeOffset.ParseExact(month + "-01T00:00:00Z", "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static int MonthIndex(string month) =>
        (int.Parse(month.AsSpan(0, 4), CultureInfo.InvariantCulture) * 12) + int.Parse(month.AsSpan(5, 2), CultureInfo.InvariantCulture);
}
