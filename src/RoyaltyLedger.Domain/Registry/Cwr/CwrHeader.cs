namespace RoyaltyLedger.Domain.Registry.Cwr;

/// <summary>
/// The transmission header (HDR): who sent the file and when. <see cref="SenderId"/> includes the sender type's two
/// digits when the sender is identified by an 11-digit IPI name number (the specification's rule for IPNNs that do not
/// fit the 9-digit field). <see cref="CreatedAt"/> is read as UTC: CWR carries no time zone.
/// </summary>
public sealed record CwrHeader(string SenderType, string SenderId, string SenderName, DateTimeOffset CreatedAt, string Version);
