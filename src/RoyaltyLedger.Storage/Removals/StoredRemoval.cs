namespace RoyaltyLedger.Storage.Removals;

/// <summary>A removal request as stored, its attestation once there is one, and the uses recorded after the attested removal.</summary>
public sealed record StoredRemoval(RemovalRequestRecord Request, RemovalAttestationRecord? Attestation, UsesAfterRemoval UsesAfter);
