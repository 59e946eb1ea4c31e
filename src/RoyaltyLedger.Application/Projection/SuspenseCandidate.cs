namespace RoyaltyLedger.Application.Projection;

/// <summary>An event in suspense whose work is now registered, under <see cref="WorkId"/>.</summary>
public sealed record SuspenseCandidate(UnidentifiedUse Use, string WorkId);
