namespace RoyaltyLedger.Application.Access;

/// <summary>An API key as stored: only a hash of its secret, never the secret itself.</summary>
public sealed record ApiKeyRecord(
    string KeyId,
    byte[] SecretHash,
    string Role,
    string? PartyId,
    string Label,
    long CreatedAtUnixMs,
    long? RevokedAtUnixMs);
