namespace RoyaltyLedger.Domain.Rsl;

/// <summary>
/// What the document leaves to the importer. <see cref="ContentUrl"/> picks the <c>&lt;content&gt;</c> element when
/// there are several (null: the document must hold exactly one). <see cref="Currency"/> picks the
/// <c>&lt;amount&gt;</c> when a payment lists several currencies (null: it must list one). Every tariff is a price per
/// <see cref="PerUnits"/> units of <see cref="UnitKind"/>, the unit the operator's usage events count (RSL prices a
/// use, not a unit, so the importer says which unit one use is counted in).
/// </summary>
public sealed record RslReadOptions(string? ContentUrl, string? Currency, string UnitKind, long PerUnits = 1);
