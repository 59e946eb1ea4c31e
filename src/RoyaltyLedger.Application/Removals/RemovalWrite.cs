namespace RoyaltyLedger.Application.Removals;

/// <summary>The outcome of a request, attestation or withdrawal: the removal as it now stands (absent when not found) and any conflict.</summary>
public sealed record RemovalWrite(RemovalOutcome Outcome, StoredRemoval? Removal, RemovalConflict? Conflict = null);
