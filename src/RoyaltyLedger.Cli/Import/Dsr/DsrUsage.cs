namespace RoyaltyLedger.Cli.Import.Dsr;

/// <summary>
/// One usage detail record as read: the work's identifier (scheme <c>isrc</c> or <c>iswc</c>, normalized), the
/// usage count, and the summary's territory (empty when it is not one ISO 3166-1 alpha-2 code).
/// </summary>
internal sealed record DsrUsage(string RecordType, string Scheme, string Identifier, string IdentifierField, long Units, string Territory, string SalesTransactionId);
