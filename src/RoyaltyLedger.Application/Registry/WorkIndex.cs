namespace RoyaltyLedger.Application.Registry;

/// <summary>
/// What a work's row implies elsewhere, written in the same transaction: which parties it relates to
/// (<see cref="WorkRelations"/>, read by catalogue licences and consents) and the identifiers that match usage naming
/// them (normalised scheme and value). Both are only ever added to, as a work's history is.
/// </summary>
public sealed record WorkIndex(
    IReadOnlyCollection<(string PartyId, string Relation)> Parties,
    IReadOnlyCollection<(string Scheme, string Value)> Identifiers);
