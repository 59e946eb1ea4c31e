namespace RoyaltyLedger.Application.Rerate;

/// <summary>A queued re-rating of one work's past uses; <see cref="Version"/> tells a repeated request from the one read.</summary>
public sealed record RerateRequest(string WorkId, string Reason, long RequestedAtUnixMs, long Version);
