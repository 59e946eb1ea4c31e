namespace RoyaltyLedger.Cli.Usage;

internal enum UsageFileFormat
{
    Csv,
    JsonLines,
}
