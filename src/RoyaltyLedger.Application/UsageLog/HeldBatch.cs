namespace RoyaltyLedger.Application.UsageLog;

/// <summary>
/// A batch the log already holds, as a resend of its number needs it: the stored ack, and the SHA-256 of the content
/// first stored under the number (null for a row stored before digests were kept, which any resend matches).
/// </summary>
public sealed record HeldBatch(byte[] Ack, byte[]? ContentSha256);
