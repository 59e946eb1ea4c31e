using System.CommandLine;
using System.Globalization;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>`royalty societies set-unlicensed-tariff` and `royalty societies unlicensed-tariffs`.</summary>
internal static class SocietyTariffCommands
{
    public static Command Set()
    {
        var society = new Argument<string>("society") { Description = "Society id" };
        var use = new Option<string>("--use") { Description = string.Join(", ", UseNames.All), Required = true };
        use.AcceptOnlyFromAmong(UseNames.All);
        var tariff = new TariffOptions("", "Price in micros per --per-units of an unlicensed use", "ISO 4217 code");
        // Both are needed here: there is no pricing by revenue share for unlicensed uses.
        tariff.Price.Required = true;
        tariff.UnitKind.Required = true;
        var command = new Command("set-unlicensed-tariff",
            "Set the price of a member's work used with no covering licence, or against a refusal, for one use and unit kind (replaces the one set before)")
        {
            society, use,
        };
        foreach (var option in tariff.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var set = await s.Registry.SetUnlicensedTariffAsync(new SetUnlicensedTariffRequest
            {
                SocietyId = parse.GetValue(society),
                Use = UseNames.Parse(parse.GetValue(use)!),
                Tariff = tariff.Read(parse),
            }, cancellationToken: token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, set)
                : s.Output.WriteLineAsync($"society {set.SocietyId} prices unlicensed {UseNames.Of(set.Use)} at {Price(set.Tariff)}"));
        }, ct));
        return command;
    }

    public static Command List()
    {
        var society = new Argument<string>("society") { Description = "Society id" };
        var command = new Command("unlicensed-tariffs", "A society's unlicensed tariffs") { society };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var response = await s.Registry.ListUnlicensedTariffsAsync(new ListUnlicensedTariffsRequest { SocietyId = parse.GetValue(society) }, cancellationToken: token);
            var table = new Table("USE", "UNIT KIND", "PRICE", "SET");
            response.Tariffs.ToList().ForEach(t => table.Add(UseNames.Of(t.Use), t.Tariff.UnitKind, Price(t.Tariff), IsoTime.Format(t.SetAt)));
            await (s.Json ? JsonOutput.WriteAsync(s.Output, response) : table.WriteAsync(s.Output));
        }, ct));
        return command;
    }

    private static string Price(Tariff t) =>
        $"{t.Currency} {MoneyFormat.Micros(t.PriceMicros)} per {t.PerUnits.ToString("N0", CultureInfo.InvariantCulture)} {t.UnitKind}";
}
