using System.CommandLine;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>
/// The options that make a proposed or countered tariff (currency, price, units, unit kind), named with a prefix
/// such as "counter-". A tariff is sent when a price or a unit kind is given; otherwise none, for pricing by revenue
/// share alone (the server then says what is missing).
/// </summary>
internal sealed class TariffOptions(string prefix, string priceDescription, string currencyDescription)
{
    public Option<string> Currency { get; } = new($"--{prefix}currency") { Description = currencyDescription, DefaultValueFactory = _ => "EUR" };

    public Option<long?> Price { get; } = new($"--{prefix}price-micros") { Description = priceDescription };

    public Option<long> PerUnits { get; } = new($"--{prefix}per-units") { Description = "Units the price is for", DefaultValueFactory = _ => 1 };

    public Option<string> UnitKind { get; } = new($"--{prefix}unit-kind") { Description = "tokens, images, seconds, ..." };

    public IEnumerable<Option> All => [Currency, Price, PerUnits, UnitKind];

    public Tariff? Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.GetValue(Price) is null && parse.GetValue(UnitKind) is null)
        {
            return null;
        }

        return new Tariff
        {
            Currency = parse.GetValue(Currency),
            PriceMicros = parse.GetValue(Price) ?? 0,
            PerUnits = parse.GetValue(PerUnits),
            UnitKind = parse.GetValue(UnitKind) ?? "",
        };
    }
}
