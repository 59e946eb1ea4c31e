namespace RoyaltyLedger.Application.Registry;

/// <summary>
/// A registered entity's row (creator, operator, model, rightsholder, society, work): its whole state as JSON, the
/// registry's one source of truth. Grains cache it; listings page through it.
/// </summary>
public sealed record RegistryEntry(string Kind, string Id, string DisplayName, string PayloadJson);
