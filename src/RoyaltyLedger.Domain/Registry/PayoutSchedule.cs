using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Registry;

/// <summary>
/// When a society pays its members: every <see cref="Frequency"/> ("monthly" or "quarterly", calendar periods of use
/// in UTC), <see cref="DaysAfterPeriodEnd"/> days after the period's last day, and only amounts of at least
/// <see cref="MinimumPayoutMinor"/> minor units of the currency paid (smaller ones are carried forward).
/// </summary>
public sealed record PayoutSchedule(string Frequency, int DaysAfterPeriodEnd, long MinimumPayoutMinor)
{
    public const string Monthly = "monthly";
    public const string Quarterly = "quarterly";

    /// <summary>A society pays within a year of a period's end; a longer delay is taken for a typing error.</summary>
    public const int MaxDaysAfterPeriodEnd = 366;

    /// <summary>A trillion minor units (EUR 10 billion): any larger minimum would pay no one.</summary>
    public const long MaxMinimumPayoutMinor = 1_000_000_000_000;

    public static readonly IReadOnlyList<string> Frequencies = [Monthly, Quarterly];

    /// <summary>The violations naming each field and value; empty when the schedule is valid.</summary>
    public IReadOnlyList<FieldViolation> Validate(string field)
    {
        var violations = new List<FieldViolation>();
        if (!Frequencies.Contains(Frequency, StringComparer.Ordinal))
        {
            violations.Add(new FieldViolation($"{field}.frequency",
                $"{field}.frequency '{EntityIds.Printable(Frequency ?? "")}' is not one of {string.Join(", ", Frequencies)}"));
        }

        if (DaysAfterPeriodEnd is < 0 or > MaxDaysAfterPeriodEnd)
        {
            violations.Add(new FieldViolation($"{field}.days_after_period_end",
                $"{field}.days_after_period_end is {DaysAfterPeriodEnd:N0}, expected 0 to {MaxDaysAfterPeriodEnd:N0}"));
        }

        if (MinimumPayoutMinor is < 0 or > MaxMinimumPayoutMinor)
        {
            violations.Add(new FieldViolation($"{field}.minimum_payout_minor",
                $"{field}.minimum_payout_minor is {MinimumPayoutMinor:N0}, expected 0 to {MaxMinimumPayoutMinor:N0}"));
        }

        return violations;
    }

    /// <summary>
    /// The next payout on or after <paramref name="today"/>: the earliest period whose payout date has not passed.
    /// With a long delay that is an earlier period than today's (monthly, 45 days: on 3 December October is paid on
    /// 15 December, before November on 14 January).
    /// </summary>
    public ExpectedPayout Next(DateOnly today)
    {
        var months = Frequency == Quarterly ? 3 : Frequency == Monthly ? 1
            : throw new InvalidOperationException($"payout frequency '{Frequency}' is not one of {string.Join(", ", Frequencies)}");
        var first = new DateOnly(today.Year, ((today.Month - 1) / months * months) + 1, 1);
        // Bounded: the delay is at most 366 days, so at most 13 periods back can still be unpaid.
        while (PayoutOn(first.AddMonths(-months), months) >= today)
        {
            first = first.AddMonths(-months);
        }

        return new ExpectedPayout(Month(first), Month(first.AddMonths(months - 1)), PayoutOn(first, months));
    }

    private DateOnly PayoutOn(DateOnly first, int months) => first.AddMonths(months).AddDays(-1 + DaysAfterPeriodEnd);

    private static string Month(DateOnly day) => $"{day.Year:D4}-{day.Month:D2}";
}
