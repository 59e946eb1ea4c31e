using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Registry;

/// <summary>A unit price: <see cref="PriceMicros"/> per <see cref="PerUnits"/> units of <see cref="UnitKind"/>.</summary>
public sealed record Tariff(string Currency, long PriceMicros, long PerUnits, string UnitKind)
{
    /// <summary>
    /// A price above this (a thousand currency units per quantum) is taken for a typing error. With
    /// <see cref="Usage.UsageEventRules.MaxUnits"/> and per_units 1 it bounds one use at 10^23 nanos (docs/money.md).
    /// </summary>
    public const long MaxPriceMicros = 1_000 * Scales.MicrosPerUnit;

    /// <summary>The largest quantum a price may be given per (10^12 units); a larger one prices every real use at 0.</summary>
    public const long MaxPerUnits = 1_000_000_000_000;

    public IReadOnlyList<FieldViolation> Validate(string field)
    {
        var violations = new List<FieldViolation>();
        if (Money.Currency.Check($"{field}.currency", Currency) is { } currency)
        {
            violations.Add(currency);
        }

        if (PriceMicros is < 0 or > MaxPriceMicros)
        {
            violations.Add(new FieldViolation($"{field}.price_micros",
                $"{field}.price_micros is {PriceMicros:N0}, expected 0 to {MaxPriceMicros:N0}"));
        }

        if (PerUnits is <= 0 or > MaxPerUnits)
        {
            violations.Add(new FieldViolation($"{field}.per_units", $"{field}.per_units is {PerUnits:N0}, expected 1 to {MaxPerUnits:N0}"));
        }

        if (EntityIds.Check($"{field}.unit_kind", UnitKind) is { } unitKind)
        {
            violations.Add(unitKind);
        }

        return violations;
    }
}
