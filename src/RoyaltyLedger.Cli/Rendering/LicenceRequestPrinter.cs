using System.Globalization;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>A licence request as JSON, or as its terms followed by a table of works and a table of decisions.</summary>
internal static class LicenceRequestPrinter
{
    public static async Task WriteAsync(CliSession s, LicenceRequest r)
    {
        if (s.Json)
        {
            await JsonOutput.WriteAsync(s.Output, r);
            return;
        }

        var output = s.Output;
        await output.WriteLineAsync($"Licence request {r.RequestId} by {r.OperatorId} ({r.Status}), filed {IsoTime.Format(r.FiledAt)}");
        var scope = r.CatalogueRightsholderId.Length > 0 ? $"the catalogue of {r.CatalogueRightsholderId} ({r.Works.Count:N0} works when filed)" : $"{r.Works.Count:N0} works";
        await output.WriteLineAsync($"  asks for: {scope}; uses {string.Join(", ", r.Uses.Select(UseNames.Of))}; models {List(r.ModelIds, "all")}; territories {List(r.Territories, "worldwide")}");
        await output.WriteLineAsync($"  term:     {Term(r)}");
        await output.WriteLineAsync($"  pricing:  {Pricing(r.ProposedTariff, r.HasRevenueShareBps ? r.RevenueShareBps : null, r.AttributionOnly)}");
        await output.WriteLineAsync($"  purpose:  {r.Purpose}");
        if (r.WithdrawnAt is not null)
        {
            await output.WriteLineAsync($"  withdrawn {IsoTime.Format(r.WithdrawnAt)}");
        }

        await output.WriteLineAsync();
        var works = new Table("WORK", "CREATORS", "RIGHTSHOLDERS", "STATUS", "LICENCE");
        foreach (var w in r.Works)
        {
            works.Add(w.WorkId, string.Join(", ", w.CreatorIds), string.Join(", ", w.RightsholderIds), w.Status, w.LicenceId);
        }

        await works.WriteAsync(output);
        await output.WriteLineAsync();
        var decisions = new Table("PARTY", "KIND", "DECISION", "COUNTER", "DECIDED", "NOTE");
        foreach (var d in r.Decisions)
        {
            var counter = d.CounterTariff is null && !d.HasCounterRevenueShareBps ? ""
                : Pricing(d.CounterTariff, d.HasCounterRevenueShareBps ? d.CounterRevenueShareBps : null, false)
                    + (d.CounterAcceptedAt is null ? "" : " (accepted)");
            decisions.Add(d.PartyId, d.PartyKind, d.Decision.ToString().ToLowerInvariant(), counter, d.DecidedAt is null ? "" : IsoTime.Format(d.DecidedAt), d.Note);
        }

        await decisions.WriteAsync(output);
    }

    private static string Term(LicenceRequest r)
    {
        var from = r.StartsAt is null ? "each work's last approval" : IsoTime.Format(r.StartsAt);
        var until = r.EndsAt is null ? "with no end" : $"until {IsoTime.Format(r.EndsAt)}";
        return $"from {from} {until}{(r.Retroactive ? ", and earlier uses (retroactive)" : "")}";
    }

    /// <summary>Worded as <see cref="LicencePrinter.Price"/> words a licence's price.</summary>
    private static string Pricing(Tariff? tariff, uint? shareBps, bool attributionOnly)
    {
        if (attributionOnly)
        {
            return "free, attribution only";
        }

        var parts = new List<string>();
        if (tariff is not null)
        {
            parts.Add($"{tariff.Currency} {MoneyFormat.Micros(tariff.PriceMicros)} per {tariff.PerUnits.ToString("N0", CultureInfo.InvariantCulture)} {tariff.UnitKind}");
        }

        if (shareBps is { } bps)
        {
            parts.Add($"{LicencePrinter.Percent(bps)} of revenue");
        }

        return parts.Count == 0 ? "not priced" : string.Join(" + ", parts);
    }

    private static string List(IEnumerable<string> items, string none) => items.Any() ? string.Join(", ", items) : none;
}
