using RoyaltyLedger.Domain;
using System.Collections.Immutable;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Rating;
using RoyaltyLedger.Domain.Registry;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Prices a rated use. Licensed: unit tariff plus revenue share, split among the contributors in force when the use
/// happened. Unlicensed or refused: each contributor's society's unlicensed tariff for the use prices that creator's
/// share as a claim (<see cref="UnlicensedPricing"/>). The event is already counted, so what the licence cannot price
/// (a unit kind or revenue currency other than it names) is kept as unlicensed, with the reason.
/// One pricer serves a round or a re-rating pass: what follows from a rating alone (its contributors and tariff) is
/// worked out once per rating instance, since the uses of a work under one licence and split share one.
/// </summary>
internal sealed class UsagePricer
{
    /// <summary>Ratings whose terms are kept; past this the cache starts again, bounding a long pass's memory.</summary>
    public const int MaxCachedRatings = 10_000;

    private readonly Dictionary<UseRating, RatingTerms> _terms = new(ReferenceEqualityComparer.Instance);

    /// <param name="settledThroughUnixMs">When the operator settled its claims on the work through some time, uses up to then are paid.</param>
    public PricedUse Price(LoggedUse use, string workId, UseRating rating, long? settledThroughUnixMs = null)
    {
        ArgumentNullException.ThrowIfNull(use);
        ArgumentNullException.ThrowIfNull(rating);
        var (contributors, licensedTariff) = TermsOf(rating);
        if (rating.Status != UseStatus.Licensed)
        {
            var status = rating.Status == UseStatus.Refused ? UseStatus.Refused : UseStatus.Unlicensed;
            var claim = Claim(status, rating.Reason, use, contributors, rating.UnlicensedTariffs);
            // A refused use stays a violation when its claim is settled; an unlicensed one is then "settled".
            return settledThroughUnixMs is { } through && use.OccurredAt.ToUnixTimeMilliseconds() <= through
                ? claim with { Status = status == UseStatus.Refused ? UseStatus.Refused : UseStatus.Settled, Settled = true }
                : claim;
        }

        string? currency = null;
        Int128 amount = 0;
        if (!rating.AttributionOnly && rating.Tariff is { } tariff)
        {
            if (tariff.UnitKind != use.UnitKind)
            {
                return Claim(UseStatus.Unlicensed, $"unit_kind '{use.UnitKind}' differs from '{tariff.UnitKind}' priced by licence {rating.LicenceId} of work {workId}",
                    use, contributors, rating.UnlicensedTariffs);
            }

            currency = tariff.Currency;
            amount = UsageRater.AmountNanos(use.Units, licensedTariff!, use.WeightPpm);
        }

        if (!rating.AttributionOnly && rating.RevenueShareBasisPoints is { } share && use.RevenueMicros is { } revenue)
        {
            if (currency is not null && currency != use.RevenueCurrency)
            {
                return Claim(UseStatus.Unlicensed, $"revenue_currency '{use.RevenueCurrency}' differs from {currency}, the currency of licence {rating.LicenceId} of work {workId}",
                    use, contributors, rating.UnlicensedTariffs);
            }

            currency = use.RevenueCurrency;
            amount = checked(amount + UsageRater.RevenueShareNanos(revenue, share, use.WeightPpm));
        }

        return new PricedUse(UseStatus.Licensed, "", Licensed(amount, currency ?? "", contributors));
    }

    private RatingTerms TermsOf(UseRating rating)
    {
        if (_terms.TryGetValue(rating, out var terms))
        {
            return terms;
        }

        if (_terms.Count >= MaxCachedRatings)
        {
            _terms.Clear();
        }

        List<Contributor> contributors = rating.Contributors.IsDefault ? [] : [.. rating.Contributors.Select(c => c.ToDomain())];
        terms = new RatingTerms(contributors, rating.Tariff?.ToDomain());
        _terms.Add(rating, terms);
        return terms;
    }

    /// <summary>
    /// Each creator's part of a licensed amount, once per creator even when the split names them twice (two roles),
    /// so that a statement counts the use once for them. No contributors (no split in force) means no parts.
    /// </summary>
    private static List<PartAmount> Licensed(Int128 amountNanos, string currency, IReadOnlyList<Contributor> contributors)
    {
        if (contributors.Count == 0)
        {
            return [];
        }

        var split = UsageRater.SplitNanos(amountNanos, contributors);
        var parts = new List<PartAmount>(contributors.Count);
        for (var i = 0; i < contributors.Count; i++)
        {
            var at = IndexOf(parts, contributors[i].CreatorId);
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

    private static int IndexOf(List<PartAmount> parts, string partyId)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].PartyId == partyId)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>What pricing needs of a rating, in domain types; shared by every use priced with that rating, so never changed.</summary>
    private sealed record RatingTerms(IReadOnlyList<Contributor> Contributors, Tariff? Tariff);

    private static PricedUse Claim(UseStatus status, string reason, LoggedUse use, IReadOnlyList<Contributor> contributors, ImmutableArray<ContributorTariff> tariffs)
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
