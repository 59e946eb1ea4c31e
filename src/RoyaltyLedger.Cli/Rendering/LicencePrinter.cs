using System.Globalization;
using Google.Protobuf.Collections;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>A licence's terms in words: who licenses what to whom, for which uses, where, when and at what price.</summary>
internal static class LicencePrinter
{
    /// <summary>More listed works or models than this are counted rather than named in tables.</summary>
    private const int MaxNamedInTable = 3;

    public static readonly string[] TableHeaders = ["LICENCE", "LICENSOR", "OPERATOR", "WORKS", "MODELS", "USES", "TERRITORIES", "TERM", "PRICE"];

    public static async Task WriteAsync(TextWriter output, Licence l)
    {
        await output.WriteLineAsync($"Licence {l.LicenceId}, granted {IsoTime.Format(l.GrantedAt)} ({l.Source})");
        (string Label, string Value)[] terms =
        [
            ("licensor", Licensor(l)),
            ("operator", l.OperatorId),
            ("works", l.WorkIds.Count == 0 ? $"the whole catalogue of {Licensor(l)}" : string.Join(", ", l.WorkIds)),
            ("models", l.ModelIds.Count == 0 ? $"all models of {l.OperatorId}" : string.Join(", ", l.ModelIds)),
            ("uses", Uses(l)),
            ("territories", Territories(l)),
            ("term", Term(l)),
            ("price", Price(l)),
        ];
        foreach (var (label, value) in terms)
        {
            await output.WriteLineAsync($"  {label + ":",-13}{value}");
        }
    }

    public static Table NewTable() => new(TableHeaders);

    public static void AddRow(Table table, Licence l) =>
        table.Add(l.LicenceId, Licensor(l), l.OperatorId, Named(l.WorkIds, "catalogue", "works"), Named(l.ModelIds, "all", "models"),
            Uses(l), Territories(l), Term(l), Price(l));

    public static string Licensor(Licence l) => l.LicensorCase switch
    {
        Licence.LicensorOneofCase.LicensorCreatorId => $"creator {l.LicensorCreatorId}",
        Licence.LicensorOneofCase.LicensorRightsholderId => $"rightsholder {l.LicensorRightsholderId}",
        _ => "no licensor",
    };

    public static string Uses(Licence l) => string.Join(", ", l.Uses.Select(UseNames.Of));

    public static string Territories(Licence l) => l.Territories.Count == 0 ? "worldwide" : string.Join(", ", l.Territories);

    public static string Term(Licence l)
    {
        var from = l.StartsAt is null ? "the grant" : IsoTime.Format(l.StartsAt);
        var until = l.EndsAt is null ? "with no end" : $"until {IsoTime.Format(l.EndsAt)}";
        return $"from {from} {until}{(l.Retroactive ? ", and earlier uses (retroactive)" : "")}";
    }

    public static string Price(Licence l)
    {
        if (l.AttributionOnly)
        {
            return "free, attribution only";
        }

        var parts = new List<string>(2);
        if (l.Tariff is { } t)
        {
            parts.Add($"{t.Currency} {MoneyFormat.Micros(t.PriceMicros)} per {t.PerUnits.ToString("N0", CultureInfo.InvariantCulture)} {t.UnitKind}");
        }

        if (l.HasRevenueShareBps)
        {
            parts.Add($"{Percent(l.RevenueShareBps)} of revenue");
        }

        return parts.Count == 0 ? "not priced" : string.Join(" + ", parts);
    }

    /// <summary>Basis points as a percentage: 1,250 is "12.5%".</summary>
    public static string Percent(uint bps) => (bps / 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Named(RepeatedField<string> ids, string none, string noun) =>
        ids.Count == 0 ? none : ids.Count <= MaxNamedInTable ? string.Join(", ", ids) : $"{ids.Count.ToString("N0", CultureInfo.InvariantCulture)} {noun}";
}
