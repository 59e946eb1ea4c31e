namespace RoyaltyLedger.Server.Web;

/// <summary>What /statements/{creatorId} serves: the page, or the statement as the CLI exports it.</summary>
internal enum StatementFormat
{
    Page,
    Csv,
    Json,
}
