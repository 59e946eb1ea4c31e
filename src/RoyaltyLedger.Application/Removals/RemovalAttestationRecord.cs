namespace RoyaltyLedger.Application.Removals;

/// <summary>
/// An operator's evidence that it removed the work of request <see cref="RequestId"/>: the dataset or model version
/// without it, how it was removed, when, and the SHA-256 (<see cref="ContentHashHex"/>, lower-case hex) of what was
/// removed. <see cref="AttestedBy"/> says which key attested; <see cref="JournalEntryNo"/> is the removal-attestation
/// entry written with the row (0 before it is stored).
/// </summary>
public sealed record RemovalAttestationRecord(
    string RequestId,
    string ModelVersion,
    string Method,
    long RemovedAtUnixMs,
    string ContentHashHex,
    string AttestedBy,
    long AttestedAtUnixMs,
    long JournalEntryNo);
