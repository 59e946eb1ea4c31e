namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// A consent decision as the registry recorded it: when (by the recording server's clock), in which order, and the
/// instant it was explicitly said to take effect from, if any (never after it was recorded).
/// </summary>
public sealed record RecordedConsent(ConsentRecord Record, DateTimeOffset RecordedAt, long Sequence, DateTimeOffset? EffectiveFrom = null);
