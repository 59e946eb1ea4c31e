namespace RoyaltyLedger.Application.Registry;

/// <summary>
/// A society's unlicensed tariff for one use (the wire enum's number) and unit kind: <see cref="PriceMicros"/> of
/// <see cref="Currency"/> per <see cref="PerUnits"/> units.
/// </summary>
public sealed record UnlicensedTariffEntry(
    string SocietyId,
    int UseKind,
    string UnitKind,
    long PriceMicros,
    long PerUnits,
    string Currency,
    long SetAtUnixMs);
