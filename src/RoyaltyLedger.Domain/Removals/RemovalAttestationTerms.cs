namespace RoyaltyLedger.Domain.Removals;

/// <summary>What a repeated attestation must match: model version, method, removal time and content hash.</summary>
public sealed record RemovalAttestationTerms(string ModelVersion, string Method, long RemovedAtUnixMs, string ContentHashHex);
