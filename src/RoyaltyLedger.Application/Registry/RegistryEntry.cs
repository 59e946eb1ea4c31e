namespace RoyaltyLedger.Application.Registry;

/// <summary>
/// A listing row for a registered entity (creator, operator, model, work). The grain's state is
/// authoritative; this index exists because grains cannot be enumerated.
/// </summary>
public sealed record RegistryEntry(string Kind, string Id, string DisplayName, string PayloadJson);
