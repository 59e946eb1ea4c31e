namespace RoyaltyLedger.Application.Access;

/// <summary>A new key as stored, and its full text, which is shown once and never stored.</summary>
public sealed record IssuedApiKey(ApiKeyRecord Key, string SecretKey);
