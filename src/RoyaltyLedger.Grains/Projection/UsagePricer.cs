using RoyaltyLedger.Domain.Rating;
using RoyaltyLedger.Domain.Registry;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Prices a rated use as ingest did when it rated synchronously: unit tariff plus revenue share, split among the
/// contributors in force when the use happened. The event is already counted, so what ingest refused (a unit kind
/// or revenue currency other than the licence prices) is kept here as unlicensed, with the reason.
/// </summary>
internal static class UsagePricer
{
    public static PricedUse Price(LoggedUse use, string workId, UseRating rating)
    {
        ArgumentNullException.ThrowIfNull(use);
        ArgumentNullException.ThrowIfNull(rating);
        List<Contributor> contributors = rating.Contributors.IsDefault ? [] : [.. rating.Contributors.Select(c => c.ToDomain())];
        if (rating.Status != UseRatings.Licensed)
        {
            // Unlicensed and refused uses are credited to every contributor, priced at nothing until a licence or claim settles them.
            var status = rating.Status == UseRatings.Refused ? EventStatus.Refused : EventStatus.Unlicensed;
            return Unpaid(status, rating.Reason, contributors);
        }

        string? currency = null;
        long amount = 0;
        if (!rating.AttributionOnly && rating.Tariff is { } tariff)
        {
            if (tariff.UnitKind != use.UnitKind)
            {
                return Unpaid(EventStatus.Unlicensed,
                    $"unit_kind '{use.UnitKind}' differs from '{tariff.UnitKind}' priced by licence {rating.LicenceId} of work {workId}", contributors);
            }

            currency = tariff.Currency;
            amount = UsageRater.AmountNanos(use.Units, tariff.ToDomain(), use.WeightPpm);
        }

        if (!rating.AttributionOnly && rating.RevenueShareBasisPoints is { } share && use.RevenueMicros is { } revenue)
        {
            if (currency is not null && currency != use.RevenueCurrency)
            {
                return Unpaid(EventStatus.Unlicensed,
                    $"revenue_currency '{use.RevenueCurrency}' differs from {currency}, the currency of licence {rating.LicenceId} of work {workId}", contributors);
            }

            currency = use.RevenueCurrency;
            amount = checked(amount + UsageRater.RevenueShareNanos(revenue, share, use.WeightPpm));
        }

        return new PricedUse(EventStatus.Licensed, currency ?? "", amount, "", Credits(amount, contributors));
    }

    private static PricedUse Unpaid(string status, string reason, IReadOnlyList<Contributor> contributors) =>
        new(status, "", 0, reason, Credits(0, contributors));

    /// <summary>
    /// Each creator's part, once per creator even when the split names them twice (two roles), so that a statement
    /// counts the use once for them. No contributors (no split in force) means no creator rows.
    /// </summary>
    private static List<CreatorCredit> Credits(long amountNanos, IReadOnlyList<Contributor> contributors)
    {
        if (contributors.Count == 0)
        {
            return [];
        }

        var parts = UsageRater.SplitNanos(amountNanos, contributors);
        var credits = new List<CreatorCredit>(contributors.Count);
        for (var i = 0; i < contributors.Count; i++)
        {
            var at = credits.FindIndex(c => c.CreatorId == contributors[i].CreatorId);
            if (at < 0)
            {
                credits.Add(new CreatorCredit(contributors[i].CreatorId, parts[i]));
            }
            else
            {
                credits[at] = credits[at] with { AmountNanos = credits[at].AmountNanos + parts[i] };
            }
        }

        return credits;
    }
}
