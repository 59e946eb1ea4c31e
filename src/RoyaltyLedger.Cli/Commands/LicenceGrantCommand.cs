using System.CommandLine;
using System.CommandLine.Parsing;
using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>`royalty licences grant`: a creator or a rightsholder licenses works to an operator on full terms.</summary>
internal sealed class LicenceGrantCommand
{
    private readonly Option<string> _id = new("--id") { Description = "Licence id, chosen by the caller so that a retry grants nothing twice", Required = true };
    private readonly Option<string> _operator = new("--operator") { Description = "Operator licensed", Required = true };
    private readonly Option<string> _creator = new("--licensor-creator") { Description = "Creator licensing works they contributed to" };
    private readonly Option<string> _rightsholder = new("--licensor-rightsholder") { Description = "Rightsholder licensing listed works or, with no --work, its whole catalogue" };
    private readonly Option<string[]> _works = new("--work") { Description = "Work id, repeated; none with --licensor-rightsholder: its whole catalogue", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string[]> _models = new("--model") { Description = "Model id, repeated; default: all the operator's models", AllowMultipleArgumentsPerToken = false };
    private readonly Option<UseKind[]> _uses = ParsedOptions.Uses(required: true);
    private readonly Option<string[]> _territories = new("--territory") { Description = "ISO 3166-1 alpha-2 code, repeated; default: worldwide", AllowMultipleArgumentsPerToken = false };
    private readonly Option<Timestamp?> _starts = ParsedOptions.Instant("--starts", "First instant covered; default: the time of the grant");
    private readonly Option<Timestamp?> _ends = ParsedOptions.Instant("--ends", "First instant no longer covered; default: no end");
    private readonly Option<bool> _retroactive = new("--retroactive") { Description = "Also cover uses before --starts" };
    private readonly Option<string> _currency = new("--currency") { Description = "Tariff currency, ISO 4217", DefaultValueFactory = _ => "EUR" };
    private readonly Option<long?> _price = new("--price-micros") { Description = "Tariff price in micros per --per-units; omit for no unit tariff" };
    private readonly Option<long> _perUnits = new("--per-units") { Description = "Units the tariff price is for", DefaultValueFactory = _ => 1 };
    private readonly Option<string> _unitKind = new("--unit-kind") { Description = "Tariff unit: tokens, images, seconds, ..." };
    private readonly Option<uint?> _share = new("--revenue-share-bps") { Description = "Share of the revenue a use earned, 1 to 10000 basis points" };
    private readonly Option<bool> _attribution = new("--attribution-only") { Description = "Free use with credit required; takes no price" };

    public static Command Create()
    {
        var o = new LicenceGrantCommand();
        var command = new Command("grant", "Grant a licence to an operator (admin, society, or the licensor itself)")
        {
            o._id, o._operator, o._creator, o._rightsholder, o._works, o._models, o._uses, o._territories, o._starts, o._ends, o._retroactive,
            o._currency, o._price, o._perUnits, o._unitKind, o._share, o._attribution,
        };
        command.Validators.Add(o.Validate);
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var granted = await s.Registry.GrantLicenceAsync(new GrantLicenceRequest { Licence = o.ToLicence(parse) }, cancellationToken: token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, granted) : LicencePrinter.WriteAsync(s.Output, granted));
        }, ct));
        return command;
    }

    /// <summary>What the server could only guess at: which licensor is meant, and tariff parts without a price.</summary>
    private void Validate(CommandResult result)
    {
        if ((result.GetValue(_creator) is null) == (result.GetValue(_rightsholder) is null))
        {
            result.AddError("give exactly one of --licensor-creator and --licensor-rightsholder");
        }

        if (result.GetValue(_price) is null && (result.GetValue(_unitKind) is not null || result.GetResult(_perUnits) is { Implicit: false }))
        {
            result.AddError("--unit-kind and --per-units are parts of a tariff; give --price-micros too");
        }
    }

    private Licence ToLicence(ParseResult parse)
    {
        var licence = new Licence
        {
            LicenceId = parse.GetValue(_id),
            OperatorId = parse.GetValue(_operator),
            StartsAt = parse.GetValue(_starts),
            EndsAt = parse.GetValue(_ends),
            Retroactive = parse.GetValue(_retroactive),
            AttributionOnly = parse.GetValue(_attribution),
        };
        if (parse.GetValue(_creator) is { } creatorId)
        {
            licence.LicensorCreatorId = creatorId;
        }
        else
        {
            licence.LicensorRightsholderId = parse.GetValue(_rightsholder);
        }

        licence.WorkIds.AddRange(parse.GetValue(_works) ?? []);
        licence.ModelIds.AddRange(parse.GetValue(_models) ?? []);
        licence.Uses.AddRange(parse.GetValue(_uses) ?? []);
        licence.Territories.AddRange(parse.GetValue(_territories) ?? []);
        if (parse.GetValue(_price) is { } priceMicros)
        {
            licence.Tariff = new Tariff
            {
                Currency = parse.GetValue(_currency), PriceMicros = priceMicros, PerUnits = parse.GetValue(_perUnits), UnitKind = parse.GetValue(_unitKind) ?? "",
            };
        }

        if (parse.GetValue(_share) is { } bps)
        {
            licence.RevenueShareBps = bps;
        }

        return licence;
    }
}
