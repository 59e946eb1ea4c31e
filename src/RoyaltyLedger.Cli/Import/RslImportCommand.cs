using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Json.Nodes;
using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Cli.Errors;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Rsl;

namespace RoyaltyLedger.Cli.Import;

/// <summary>
/// `royalty licences import-rsl FILE`: grants a licence to an operator for each RSL license the ledger can price
/// (docs/rsl.md), licence id <c>ID-K</c> for the K-th license of the content, so that importing the same document again
/// grants nothing twice. Prints what was granted and every part of the document that was not mapped; exits 1 when
/// nothing could be granted. <c>--dry-run</c> prints the terms without granting them.
/// </summary>
internal sealed class RslImportCommand
{
    private readonly Argument<FileInfo> _file = new("file") { Description = "An RSL 1.0 license document (XML, namespace https://rslstandard.org/rsl)" };
    private readonly Option<string> _id = new("--id") { Description = "Licence id prefix; the K-th license becomes ID-K", Required = true };
    private readonly Option<string> _operator = new("--operator") { Description = "Operator the terms are granted to", Required = true };
    private readonly Option<string> _creator = new("--licensor-creator") { Description = "Creator licensing the works" };
    private readonly Option<string> _rightsholder = new("--licensor-rightsholder") { Description = "Rightsholder licensing the works" };
    private readonly Option<string[]> _works = new("--work") { Description = "Work id the document's content is, repeated", Required = true, AllowMultipleArgumentsPerToken = false };
    private readonly Option<string[]> _models = new("--model") { Description = "Model id, repeated; default: all the operator's models", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string?> _content = new("--content") { Description = "The content element's url, when the document has several" };
    private readonly Option<string?> _currency = new("--currency") { Description = "Which amount to take when a payment lists several currencies; the currency of a free licence's 0 tariff (default EUR)" };
    private readonly Option<string> _unitKind = new("--unit-kind") { Description = "Unit one use is counted in by the operator's usage events (RSL prices a use)", Required = true };
    private readonly Option<long> _perUnits = new("--per-units") { Description = "Units one RSL use price is for", DefaultValueFactory = _ => 1 };
    private readonly Option<Timestamp?> _starts = ParsedOptions.Instant("--starts", "First instant covered; default: the time of the grant");
    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Print the terms and the report; grant nothing" };

    public static Command Create()
    {
        var o = new RslImportCommand();
        var command = new Command("import-rsl", "Grant licences from an RSL 1.0 license document, reporting what cannot be mapped")
        {
            o._file, o._id, o._operator, o._creator, o._rightsholder, o._works, o._models, o._content, o._currency, o._unitKind, o._perUnits, o._starts, o._dryRun,
        };
        command.Validators.Add(r =>
        {
            if ((r.GetValue(o._creator) is null) == (r.GetValue(o._rightsholder) is null))
            {
                r.AddError("give exactly one of --licensor-creator and --licensor-rightsholder");
            }
        });
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, (s, token) => o.RunAsync(parse, s, token), ct));
        return command;
    }

    private async Task RunAsync(ParseResult parse, CliSession s, CancellationToken token)
    {
        var path = parse.GetValue(_file)!.FullName;
        var read = Read(path, new RslReadOptions(parse.GetValue(_content), parse.GetValue(_currency), parse.GetValue(_unitKind)!, parse.GetValue(_perUnits)));
        var granted = new List<Licence>();
        foreach (var terms in read.Terms)
        {
            var licence = ToLicence(parse, terms);
            granted.Add(parse.GetValue(_dryRun)
                ? licence
                : await s.Registry.GrantLicenceAsync(new GrantLicenceRequest { Licence = licence }, cancellationToken: token));
        }

        await (s.Json ? JsonOutput.WriteAsync(s.Output, ToJson(read, granted, parse.GetValue(_dryRun))) : WriteAsync(s.Output, read, granted, parse.GetValue(_dryRun)));
        if (granted.Count == 0)
        {
            throw new ImportIncompleteException($"{path}: no license of content '{read.ContentUrl}' could be mapped to licence terms ({read.Unmapped.Length} parts not mapped)");
        }
    }

    private static RslImport Read(string path, RslReadOptions options)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return RslReader.Read(stream, options);
        }
        catch (RslException e)
        {
            throw new CliFailure(CliError.InvalidInput, $"{path}: {e.Path}: {e.Message}");
        }
    }

    private Licence ToLicence(ParseResult parse, RslLicenceTerms terms)
    {
        var licence = new Licence
        {
            LicenceId = $"{parse.GetValue(_id)}-{LicenseNumber(terms.Path)}",
            OperatorId = parse.GetValue(_operator),
            StartsAt = parse.GetValue(_starts),
            AttributionOnly = terms.AttributionOnly,
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
        licence.Uses.AddRange(terms.Uses.Select(u => (UseKind)(int)u));
        licence.Territories.AddRange(terms.Territories);
        if (terms.Tariff is { } t)
        {
            licence.Tariff = new Tariff { Currency = t.Currency, PriceMicros = t.PriceMicros, PerUnits = t.PerUnits, UnitKind = t.UnitKind };
        }

        return licence;
    }

    /// <summary>K of the license's XPath, <c>/rsl/content[1]/license[K]</c>.</summary>
    private static string LicenseNumber(string path) => path[(path.LastIndexOf('[') + 1)..^1];

    private static async Task WriteAsync(TextWriter output, RslImport read, List<Licence> granted, bool dryRun)
    {
        await output.WriteLineAsync($"RSL content {read.ContentUrl}: {granted.Count} licence(s) {(dryRun ? "would be granted (dry run)" : "granted")}, {read.Unmapped.Length} part(s) not mapped");
        foreach (var licence in granted)
        {
            if (dryRun)
            {
                // Not granted: no grant time or source to print, only the terms.
                await output.WriteLineAsync($"Licence {licence.LicenceId} (not granted): {LicencePrinter.Uses(licence)}; {LicencePrinter.Territories(licence)}; " +
                    $"{LicencePrinter.Term(licence)}; {LicencePrinter.Price(licence)}");
            }
            else
            {
                await LicencePrinter.WriteAsync(output, licence);
            }
        }

        foreach (var u in read.Unmapped)
        {
            await output.WriteLineAsync($"not mapped: {u.Path}: {u.Reason}");
        }
    }

    private static JsonObject ToJson(RslImport read, List<Licence> granted, bool dryRun) => new()
    {
        ["content_url"] = read.ContentUrl,
        ["dry_run"] = dryRun,
        ["licences"] = new JsonArray([.. granted.Select(l => (JsonNode)JsonOutput.ToNode(l))]),
        ["not_mapped"] = new JsonArray([.. read.Unmapped.Select(u => (JsonNode)new JsonObject { ["path"] = u.Path, ["reason"] = u.Reason })]),
    };
}
