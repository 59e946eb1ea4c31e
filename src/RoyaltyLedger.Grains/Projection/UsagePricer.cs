using System.Collections.Immutable;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Rating;
using RoyaltyLedger.Domain.Registry;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Prices a rated use. Licensed: unit tariff plus revenue share, split among the contributors in force when the use
/// happened. Unlicensed or refused: each contributor's society's unlicensed tariff for the use prices that creator's
/// share as a claim (<see cref="UnlicensedPricing"/>). The event is already counted, so what the licence cannot price
/// (a unit kind or revenue currency other than it names) is kept as unlicensed, with the reason.
/// </summary>
internal static class UsagePricer
{
    /// <param name="settledThroughUnixMs">When the operator settled its claims on the work through some time, uses up to then are paid.</param>
    public static PricedUse Price(LoggedUse use, string workId, UseRating rating, long? settledThroughUnixMs = null)
    {
        ArgumentNullException.ThrowIfNull(use);
        ArgumentNullException.ThrowIfNull(rating);
        List<Contributor> contributors = rating.Contributors.IsDefault ? [] : [.. rating.Contributors.Select(c => c.ToDomain())];
        if (rating.Status != UseRatings.Licensed)
        {
            var status = rating.Status == UseRatings.Refused ? EventStatus.Refused : EventStatus.Unlicensed;
            var claim = Claim(status, rating.Reason, use, contributors, rating.UnlicensedTariffs);
            // A refused use stays a violation when its claim is settled; an unlicensed one is then "settled".
            return settledThroughUnixMs is { } through && use.OccurredAt.ToUnixTimeMilliseconds() <= through
                ? claim with { Status = status == EventStatus.Refused ? EventStatus.Refused : EventStatus.Settled, Settled = true }
                : claim;
        }

        string? currency = null;
        long amount = 0;
        if (!rating.AttributionOnly && rating.Tariff is { } tariff)
        {
            if (tariff.UnitKind != use.UnitKind)
            {
                return Claim(EventStatus.Unlicensed, $"unit_kind '{use.UnitKind}' differs from '{tariff.UnitKind}' priced by licence {rating.LicenceId} of work {workId}",
                    use, contributors, rating.UnlicensedTariffs);
            }

            currency = tariff.Currency;
            amount = UsageRater.AmountNanos(use.Units, tariff.ToDomain(), use.WeightPpm);
        }

        if (!rating.AttributionOnly && rating.RevenueShareBasisPoints is { } share && use.RevenueMicros is { } revenue)
        {
            if (currency is not null && currency != use.RevenueCurrency)
            {
                return Claim(EventStatus.Unlicensed, $"revenue_currency '{use.RevenueCurrency}' differs from {currency}, the currency of licence {rating.LicenceId} of work {workId}",
                    use, contributors, rating.UnlicensedTariffs);
            }

            currency = use.RevenueCurrency;
            amount = checked(amount + UsageRater.RevenueShareNanos(revenue, share, use.WeightPpm));
        }

        return new PricedUse(EventStatus.Licensed, "", Licensed(amount, currency ?? "", contributors));
    }

    /// <summary>
    /// Each creator's part of a licensed amount, once per creator even when the split names them twice (two roles),
    /// so that a statement counts the use once for them. No contributors (no split in force) means no parts.
    /// </summary>
    private static List<PartAmount> Licensed(long amountNanos, string currency, List<Contributor> contributors)
    {
        if (contributors.Count == 0)
        {
            return [];
        }

        var split = UsageRater.SplitNanos(amountNanos, contributors);
        var parts = new List<PartAmount>(contributors.Count);
        for (var i = 0; i < contributors.Count; i++)
        {
            var at = parts.FindIndex(p => p.PartyId == contributors[i].CreatorId);
            var currencyOfPart = amountNanos == 0 ? "" : currency;
            if (at < 0)
            {
                parts.Add(new PartAmount(contributors[i].CreatorId, currencyOfPart, split[i]));
            }
            else
            {
                parts[at] = parts[at] with { AmountNanos = parts[at].AmountNanos + split[i] };
            }
        }

        return parts;
    }

    private static PricedUse Claim(string status, string reason, LoggedUse use, List<Contributor> contributors, ImmutableArray<ContributorTariff> tariffs)
    {
        if (contributors.Count == 0)
        {
            return new PricedUse(status, reason, []);
        }

        var byCreator = (tariffs.IsDefault ? [] : tariffs)
            .Where(t => t.Tariff.UnitKind == use.UnitKind)
            .ToDictionary(t => t.CreatorId, t => new SocietyTariff(t.SocietyId, t.Tariff.ToDomain()), StringComparer.Ordinal);
        var price = UnlicensedPricing.Price(use.Units, use.WeightPpm, contributors, byCreator);
        var untariffed = price.Parts.Where(p => !p.HasTariff).Select(p => p.CreatorId).ToList();
        if (untariffed.Count > 0)
        {
            reason += $"; {UnlicensedPart.NoTariffReason} for {string.Join(", ", untariffed)}";
        }

        return new PricedUse(status, reason, [.. price.Parts.Select(p => new PartAmount(p.CreatorId, p.AmountNanos == 0 ? "" : p.Currency, p.AmountNanos))]);
    }
}
