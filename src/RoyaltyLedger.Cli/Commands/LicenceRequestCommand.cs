using System.CommandLine;
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
        var works = new Option<string[]>("--work") { Description = "Work id, repeated (or --catalogue)", AllowMultipleArgumentsPerToken = false };
        var catalogue = new Option<string>("--catalogue") { Description = "A rightsholder id: ask for every work in its catalogue now (instead of --work)" };
        var models = new Option<string[]>("--model") { Description = "Model id, repeated; default: all the operator's models", AllowMultipleArgumentsPerToken = false };
        var uses = ParsedOptions.Uses(required: true);
        var territories = new Option<string[]>("--territory") { Description = "ISO 3166-1 alpha-2 code, repeated; default: worldwide", AllowMultipleArgumentsPerToken = false };
        var starts = ParsedOptions.Instant("--starts", "First instant the licences cover; default: when each work's last approval is recorded");
        var ends = ParsedOptions.Instant("--ends", "First instant no longer covered; default: no end");
        var retroactive = new Option<bool>("--retroactive") { Description = "Cover uses before the start too" };
        var tariff = new TariffOptions("", "Proposed price in micros per --per-units", "ISO 4217 code");
        var share = new Option<uint?>("--revenue-share-bps") { Description = "Proposed revenue share, 1 to 10000 basis points (with or instead of a price)" };
        var attribution = new Option<bool>("--attribution-only") { Description = "Free use with credit: no price, no revenue share" };
        var purpose = new Option<string>("--purpose") { Description = "What the works will be used for", Required = true };
        var command = new Command("request", "File a licence request (operator)")
        {
            id, op, works, catalogue, models, uses, territories, starts, ends, retroactive,
            share, attribution, purpose,
        };
        foreach (var option in tariff.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var request = new FileLicenceRequestRequest
            {
                RequestId = parse.GetValue(id),
                OperatorId = parse.GetValue(op),
                CatalogueRightsholderId = parse.GetValue(catalogue) ?? "",
                StartsAt = parse.GetValue(starts),
                EndsAt = parse.GetValue(ends),
                Retroactive = parse.GetValue(retroactive),
                AttributionOnly = parse.GetValue(attribution),
                Purpose = parse.GetValue(purpose),
            };
            request.ProposedTariff = tariff.Read(parse);

            if (parse.GetValue(share) is { } bps)
            {
                request.RevenueShareBps = bps;
            }

            request.WorkIds.AddRange(parse.GetValue(works) ?? []);
            request.ModelIds.AddRange(parse.GetValue(models) ?? []);
            request.Uses.AddRange(parse.GetValue(uses) ?? []);
            request.Territories.AddRange(parse.GetValue(territories) ?? []);
            await LicenceRequestPrinter.WriteAsync(s, await s.LicenceRequests.FileRequestAsync(request, cancellationToken: token));
        }, ct));
        return command;
    }
}
