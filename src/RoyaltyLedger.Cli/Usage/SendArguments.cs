namespace RoyaltyLedger.Cli.Usage;

/// <summary>The arguments of `royalty usage send`, already checked for form.</summary>
internal sealed record SendArguments(FileInfo File, string? Operator, string? Stream, UsageFileFormat? Format, int BatchSize);
