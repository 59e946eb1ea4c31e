namespace RoyaltyLedger.Domain.Licensing;

/// <summary>A consent decision as the registry recorded it: when (by the recording server's clock) and in which order.</summary>
public sealed record RecordedConsent(ConsentRecord Record, DateTimeOffset RecordedAt, long Sequence);
