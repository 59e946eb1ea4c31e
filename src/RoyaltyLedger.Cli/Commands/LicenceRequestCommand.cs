using System.CommandLine;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>`royalty licences request`: an operator files a licence request with its full terms.</summary>
internal static class LicenceRequestCommand
{
    public static Command Create()
    {
        var id = new Option<string>("--id") { Description = "Request id", Required = true };
        var op = new Option<string>("--operator") { Description = "Operator asking", Required = true };
        var works = new Option<string[]>("--work") { Description = "Work id, repeated (or --catalogue)" };
        var catalogue = new Option<string>("--catalogue") { Description = "A rightsholder id: ask for every work in its catalogue now (instead of --work)" };
        var models = new Option<string[]>("--model") { Description = "Model id, repeated; default: all the operator's models" };
        var uses = new Option<string[]>("--use") { Description = string.Join(", ", UseNames.All) + "; repeated", Required = true };
        var territories = new Option<string[]>("--territory") { Description = "ISO 3166-1 alpha-2 code, repeated; default: worldwide" };
        var starts = Instant("--starts", "Start of the licences (ISO 8601, UTC unless an offset is given); default: when each work's last approval comes");
        var ends = Instant("--ends", "End of the licences, exclusive; default: no end");
        var retroactive = new Option<bool>("--retroactive") { Description = "Cover uses before the start too" };
        var currency = new Option<string>("--currency") { Description = "ISO 4217 code", DefaultValueFactory = _ => "EUR" };
        var price = new Option<long?>("--price-micros") { Description = "Proposed price in micros per --per-units" };
        var perUnits = new Option<long>("--per-units") { Description = "Units the price is for", DefaultValueFactory = _ => 1 };
        var unitKind = new Option<string>("--unit-kind") { Description = "tokens, images, seconds, ..." };
        var share = new Option<uint?>("--revenue-share-bps") { Description = "Proposed revenue share, 1 to 10000 basis points (with or instead of a price)" };
        var attribution = new Option<bool>("--attribution-only") { Description = "Free use with credit: no price, no revenue share" };
        var purpose = new Option<string>("--purpose") { Description = "What the works will be used for", Required = true };
        var command = new Command("request", "File a licence request (operator)")
        {
            id, op, works, catalogue, models, uses, territories, starts, ends, retroactive,
            currency, price, perUnits, unitKind, share, attribution, purpose,
        };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var request = new FileLicenceRequestRequest
            {
                RequestId = parse.GetValue(id),
                OperatorId = parse.GetValue(op),
                CatalogueRightsholderId = parse.GetValue(catalogue) ?? "",
                StartsAt = parse.GetValue(starts) is { } from ? Timestamp.FromDateTimeOffset(from) : null,
                EndsAt = parse.GetValue(ends) is { } until ? Timestamp.FromDateTimeOffset(until) : null,
                Retroactive = parse.GetValue(retroactive),
                AttributionOnly = parse.GetValue(attribution),
                Purpose = parse.GetValue(purpose),
            };
            if (parse.GetValue(price) is not null || parse.GetValue(unitKind) is not null)
            {
                request.ProposedTariff = new Tariff
                {
                    Currency = parse.GetValue(currency),
                    PriceMicros = parse.GetValue(price) ?? 0,
                    PerUnits = parse.GetValue(perUnits),
                    UnitKind = parse.GetValue(unitKind) ?? "",
                };
            }

            if (parse.GetValue(share) is { } bps)
            {
                request.RevenueShareBps = bps;
            }

            request.WorkIds.AddRange(parse.GetValue(works) ?? []);
            request.ModelIds.AddRange(parse.GetValue(models) ?? []);
            request.Uses.AddRange((parse.GetValue(uses) ?? []).Select(UseNames.Parse));
            request.Territories.AddRange(parse.GetValue(territories) ?? []);
            await LicenceRequestPrinter.WriteAsync(s, await s.LicenceRequests.FileRequestAsync(request, cancellationToken: token));
        }, ct));
        return command;
    }

    /// <summary>An ISO 8601 instant, read the same in every culture; without an offset it is UTC.</summary>
    private static Option<DateTimeOffset?> Instant(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                return at;
            }

            result.AddError($"{name} '{text}' is not an ISO 8601 instant such as 2027-01-01 or 2027-01-01T00:00:00Z");
            return null;
        },
    };
}
