namespace RoyaltyLedger.Application.Removals;

/// <summary>
/// A removal request as stored, its attestation once there is one, the uses recorded after the attested removal, and
/// its withdrawal once there is one. A request holds at most one of the two: only an open request is attested or withdrawn.
/// </summary>
public sealed record StoredRemoval(
    RemovalRequestRecord Request, RemovalAttestationRecord? Attestation, UsesAfterRemoval UsesAfter, RemovalWithdrawalRecord? Withdrawal = null);
