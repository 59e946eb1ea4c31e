using System.CommandLine;
using System.Globalization;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>`royalty suspense list` and `royalty works link-identifier`: find unidentified usage and claim it for a work.</summary>
internal static class SuspenseCommands
{
    public static Command Suspense()
    {
        var limit = new Option<uint>("--limit") { Description = "Groups to show, 1 to 1,000", DefaultValueFactory = _ => 100 };
        var list = new Command("list", "Unidentified usage waiting in suspense, grouped by the work id or identifier operators reported, largest first") { limit };
        list.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var response = await s.Registry.ListUnidentifiedUsageAsync(new ListUnidentifiedUsageRequest { Limit = parse.GetValue(limit) }, cancellationToken: token);
            if (s.Json)
            {
                await JsonOutput.WriteAsync(s.Output, response);
                return;
            }

            var table = new Table("REPORTED AS", "UNIT", "EVENTS", "UNITS", "OPERATORS", "FIRST", "LAST").AlignRight(2, 3, 4);
            foreach (var g in response.Groups)
            {
                var name = g.WorkRef is { } r && g.WorkId.Length == 0 ? $"{r.Scheme}:{r.Value}" : $"work {g.WorkId}";
                table.Add(name, g.UnitKind, g.EventCount.ToString("N0", CultureInfo.InvariantCulture), g.Units.ToString("N0", CultureInfo.InvariantCulture),
                    g.OperatorCount, g.FirstUsedAt.ToDateTimeOffset().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    g.LastUsedAt.ToDateTimeOffset().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            await table.WriteAsync(s.Output);
        }, ct));
        var suspense = new Command("suspense", "The society's suspense: usage naming works nobody has registered");
        suspense.Subcommands.Add(list);
        return suspense;
    }

    public static Command LinkIdentifier()
    {
        var work = new Argument<string>("work") { Description = "A registered work" };
        var identifier = IdentifierOption.Create("iswc, isrc, isbn13, doi, iscc");
        var link = new Command("link-identifier",
            "Claim unidentified usage for a work: add identifiers to it; uses that reported them are matched, re-rated and posted to its creators") { work, identifier };
        link.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var request = new LinkWorkIdentifiersRequest { WorkId = parse.GetValue(work) };
            request.Identifiers.AddRange(IdentifierOption.Parse(parse.GetValue(identifier)));
            var linked = await s.Registry.LinkWorkIdentifiersAsync(request, cancellationToken: token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, linked) : s.Output.WriteLineAsync($"work {linked.WorkId} now carries {IdentifierOption.Format(linked.Identifiers)}"));
        }, ct));
        return link;
    }
}
